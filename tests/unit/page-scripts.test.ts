import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parsePolicy, sha256Source } from '../../src/lib/csp';
import { AFTER_PAINT_ATTRIBUTE } from '../../src/lib/head-script';
import { ASTRO_ISLAND_STYLE, externaliseInlineScripts, movedScriptName, startModulesAfterPaint, staticImports } from '../../src/lib/page-scripts';

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

  it('moves the island runtime and its directives into one module file, in their order, where the first one was', () => {
    const { html, moved } = externaliseInlineScripts(page(islands), keep, url);
    expect(moved, 'one file for all of them').toBeDefined();
    expect(moved!.text).toBe(`${DIRECTIVE}\n${RUNTIME}`);
    expect(html).toContain(`<p>Intro</p><style>${STYLE}</style><script type="module" src="${url(moved!.name)}"></script><astro-island uid="a">`);
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
    expect(html).toContain(
      `<p>Intro</p><script type="module" src="${url(movedScriptName(`${DIRECTIVE}\n${RUNTIME}`))}"></script><astro-island uid="a">`,
    );
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
    const body =
      '<script type="module" src="/_astro/a.js"></script><script type="application/json">{"a":1}</script><script src="/b.js" defer></script>';
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

describe('startModulesAfterPaint', () => {
  const built: Record<string, string> = {
    '/course/_astro/site.js': 'import{t as e}from"./helper.js";import"./store.js";const s=()=>import("./search.js");',
    '/course/_astro/store.js': 'import{a}from"./helper.js";export{b}from"../_astro/format.js";',
    '/course/_astro/helper.js': 'export const t=1;',
    '/course/_astro/format.js': 'export const b=2;',
  };
  const HEAD = "(function(){document.documentElement.classList.add('js')})();";
  const page = (body: string) => `<html><head><script>${HEAD}</script><title>x</title></head><body>${body}</body></html>`;
  const scripts =
    '<script type="module" src="/course/_astro/inline.js"></script><p>Text</p><script type="module" src="/course/_astro/site.js" fetchpriority="low"></script>';
  const listOf = (html: string) => new RegExp(`<script ${AFTER_PAINT_ATTRIBUTE}="([^"]*)">`).exec(html)?.[1]?.split(' ');

  it('takes the module scripts out of the page and lists them, entries first, on the head script', () => {
    const html = startModulesAfterPaint(page(scripts), HEAD, (p) => built[p]);
    expect(html).not.toContain('type="module"');
    expect(html).toContain(`<body><p>Text</p></body>`);
    expect(html).toContain(`">${HEAD}</script>`);
    expect(listOf(html)?.slice(0, 2)).toEqual(['/course/_astro/inline.js', '/course/_astro/site.js']);
  });

  it('lists every module the entries import statically, at any depth, once, but nothing imported on demand', () => {
    const list = listOf(startModulesAfterPaint(page(scripts), HEAD, (p) => built[p]))!;
    expect(list.slice(2).sort()).toEqual(['/course/_astro/format.js', '/course/_astro/helper.js', '/course/_astro/store.js']);
    expect(list).not.toContain('/course/_astro/search.js');
  });

  it('lists a module script that is on the page twice once', () => {
    const twice = '<script type="module" src="/course/_astro/helper.js"></script><script type="module" src="/course/_astro/helper.js"></script>';
    expect(listOf(startModulesAfterPaint(page(twice), HEAD, (p) => built[p]))).toEqual(['/course/_astro/helper.js']);
  });

  it('leaves a page without module scripts unchanged', () => {
    const html = page('<p>Text</p><script>inline()</script>');
    expect(startModulesAfterPaint(html, HEAD, (p) => built[p])).toBe(html);
  });

  it('escapes what would end the attribute in a script URL', () => {
    const html = startModulesAfterPaint(page('<script type="module" src="/a&b.js"></script>'), HEAD, () => undefined);
    expect(html).toContain(`${AFTER_PAINT_ATTRIBUTE}="/a&amp;b.js"`);
  });

  it('reports a page whose module scripts have no head script to start them', () => {
    const html = `<html><head></head><body>${scripts}</body></html>`;
    expect(() => startModulesAfterPaint(html, HEAD, (p) => built[p])).toThrow(/no.*head script|not the head script/);
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
