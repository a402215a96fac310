import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parsePolicy, sha256Source } from '../../src/lib/csp';
import { ASTRO_ISLAND_STYLE, externaliseInlineScripts, lowerModulePriority, movedScriptName, preloadModuleGraph, staticImports } from '../../src/lib/page-scripts';

const THEME = "document.documentElement.classList.add('js')";
const RUNTIME = '(()=>{customElements.define("astro-island",class extends HTMLElement{})})();';
const DIRECTIVE = '(()=>{(self.Astro||(self.Astro={})).visible=1;window.dispatchEvent(new Event("astro:visible"))})();';
const STYLE = 'astro-island{display:contents}';
const policy = (hashes: string[]) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${hashes.map((h) => `'${h}'`).join(' ')}; style-src-elem 'self' '${sha256Source('')}'; style-src-attr 'unsafe-inline'`;

function page(body: string): string {
  const hashes = [THEME, RUNTIME, DIRECTIVE, 'unused()'].map(sha256Source);
  return `<!doctype html><html><head><script>${THEME}</script><meta http-equiv="content-security-policy" content="${policy(hashes)}"></head><body>${body}</body></html>`;
}
const keep = new Set([sha256Source(THEME)]);
const url = (name: string) => `/course/_astro/${name}`;
const cspOf = (html: string) => parsePolicy(/content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '');

describe('externaliseInlineScripts', () => {
  const islands = `<p>Intro</p><style>${STYLE}</style><script>${DIRECTIVE}</script><script>${RUNTIME}</script><astro-island uid="a"></astro-island>`;

  it('moves the island runtime and its directives into one deferred file, in their order, where the first one was', () => {
    const { html, moved } = externaliseInlineScripts(page(islands), keep, url);
    expect(moved, 'one file for all of them').toBeDefined();
    expect(moved!.text).toBe(`${DIRECTIVE}\n${RUNTIME}`);
    expect(html).toContain(`<p>Intro</p><style>${STYLE}</style><script src="${url(moved!.name)}" defer></script><astro-island uid="a">`);
    expect(html).not.toContain('customElements.define');
  });

  it('keeps the scripts it is told to keep inline, and their hashes in the policy', () => {
    const { html } = externaliseInlineScripts(page(islands), keep, url);
    expect(html).toContain(`<head><script>${THEME}</script>`);
    expect(cspOf(html).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", `'${sha256Source(THEME)}'`]);
  });

  it('allows exactly the inline styles the page still has', () => {
    const { html } = externaliseInlineScripts(page(islands), keep, url);
    expect(cspOf(html).get('style-src-elem')).toEqual(["'self'", `'${sha256Source(STYLE)}'`]);
    expect(cspOf(html).get('style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('drops an inline style the site stylesheet already provides, and its hash, and keeps the others', () => {
    const other = '.x{color:red}';
    const { html } = externaliseInlineScripts(page(`${islands}<style>${other}</style>`), keep, url, new Set([STYLE]));
    expect(html).not.toContain(`<style>${STYLE}</style>`);
    expect(html).toContain(`<p>Intro</p><script src="${url(movedScriptName(`${DIRECTIVE}\n${RUNTIME}`))}" defer></script><astro-island uid="a">`);
    expect(html).toContain(`<style>${other}</style>`);
    expect(cspOf(html).get('style-src-elem')).toEqual(["'self'", `'${sha256Source(other)}'`]);
  });

  it("has Astro's island style in the site stylesheet, so dropping it from the pages changes nothing", async () => {
    const css = (await readFile(new URL('../../src/styles/global.css', import.meta.url), 'utf8')).replace(/\s+/g, '');
    expect(css).toContain(ASTRO_ISLAND_STYLE.replace('{display:contents}', '{display:contents;}'));
  });

  it('leaves a page without islands as it was, apart from dropping hashes it does not use', () => {
    const { html, moved } = externaliseInlineScripts(page('<p>No islands</p>'), keep, url);
    expect(moved).toBeUndefined();
    expect(html).toContain('<p>No islands</p>');
    expect(cspOf(html).get('script-src')).toHaveLength(3);
  });

  it('never touches external scripts, modules or JSON data blocks', () => {
    const body = '<script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script><script src="/b.js" defer></script>';
    const { html, moved } = externaliseInlineScripts(page(body), keep, url);
    expect(moved).toBeUndefined();
    expect(html).toContain(body);
  });

  it('names a moved file by its content, so a changed runtime never reuses a cached file', () => {
    expect(movedScriptName(RUNTIME)).toMatch(/^inline\.[0-9a-f]{10}\.js$/);
    expect(movedScriptName(RUNTIME)).toBe(movedScriptName(RUNTIME));
    expect(movedScriptName(RUNTIME)).not.toBe(movedScriptName(DIRECTIVE));
  });

  it('ends each moved script before the next, so two scripts never run together as one statement', () => {
    const { moved } = externaliseInlineScripts(page('<script>a()</script><script>b()</script>'), keep, url);
    expect(moved!.text).toBe('a();\nb();');
  });
});

describe('lowerModulePriority', () => {
  it('fetches external module scripts at low priority and leaves every other script alone', () => {
    const html = '<script type="module" src="/_astro/site.js"></script><script src="/_astro/inline.js" defer></script><script>x()</script>';
    expect(lowerModulePriority(html)).toBe(
      '<script type="module" src="/_astro/site.js" fetchpriority="low"></script><script src="/_astro/inline.js" defer></script><script>x()</script>',
    );
  });

  it('leaves a module script that already states its priority as it is', () => {
    const html = '<script type="module" src="/_astro/site.js" fetchpriority="high"></script>';
    expect(lowerModulePriority(html)).toBe(html);
  });
});

describe('preloadModuleGraph', () => {
  const built: Record<string, string> = {
    '/course/_astro/site.js': 'import{t as e}from"./helper.js";import"./store.js";const s=()=>import("./search.js");',
    '/course/_astro/store.js': 'import{a}from"./helper.js";export{b}from"../_astro/format.js";',
    '/course/_astro/helper.js': 'export const t=1;',
    '/course/_astro/format.js': 'export const b=2;',
  };
  const page = '<html><head><title>x</title></head><body><script type="module" src="/course/_astro/site.js" fetchpriority="low"></script></body></html>';

  it('preloads every module the page scripts import statically, at any depth, at low priority', () => {
    const html = preloadModuleGraph(page, (p) => built[p]);
    const links = [...html.matchAll(/<link rel="modulepreload" href="([^"]*)" fetchpriority="low">/g)].map((m) => m[1]);
    expect(links.sort()).toEqual(['/course/_astro/format.js', '/course/_astro/helper.js', '/course/_astro/store.js']);
    expect(html.indexOf('modulepreload')).toBeLessThan(html.indexOf('</head>'));
  });

  it('does not preload what is only imported on demand', () => {
    expect(preloadModuleGraph(page, (p) => built[p])).not.toContain('search.js');
  });

  it('leaves a page whose scripts import nothing, or are missing from the build, unchanged', () => {
    expect(preloadModuleGraph(page, () => undefined)).toBe(page);
    expect(preloadModuleGraph(page, (p) => (p.endsWith('site.js') ? 'console.log(1)' : undefined))).toBe(page);
  });
});

describe('staticImports', () => {
  it.each([
    ['import{a as b}from"./a.js";', ['./a.js']],
    ['import"./side.js";', ['./side.js']],
    ['export{x}from"../y.js";', ['../y.js']],
    ['const m=import("./lazy.js");', []],
    ['import x from "https://cdn.example/x.js";', []],
  ])('reads %s', (code, expected) => {
    expect(staticImports(code)).toEqual(expected);
  });
});
