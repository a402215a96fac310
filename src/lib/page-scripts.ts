import { createHash } from 'node:crypto';
import { parsePolicy, serialisePolicy, sha256Source } from './csp.ts';
import { AFTER_PAINT_ATTRIBUTE } from './head-script.ts';
import { applySplices, findElements, type ElementSpan } from './html-spans.ts';

/** A script that left the page: the file name it is served under and its text. */
export interface MovedScript {
  name: string;
  text: string;
}

/** A page after its inline scripts were moved out: the new HTML and the script file it now loads (if any). */
export interface ExternalisedPage {
  html: string;
  moved?: MovedScript;
}

/**
 * The style Astro inlines on every page with an island. src/styles/global.css has the same rule, so the page-scripts
 * step drops the inline copy (and its CSP hash); a future Astro with a different style simply keeps its own.
 */
export const ASTRO_ISLAND_STYLE = 'astro-island,astro-slot,astro-static-slot{display:contents}';

/** The file name a moved script gets: its content hash, so a changed script never reuses a cached name. */
export function movedScriptName(text: string): string {
  return `inline.${createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 10)}.js`;
}

// Finds plain <script> (no attributes: classic, inline) and <style> elements with their exact source spans.
function findInline(html: string): { scripts: ElementSpan<string>[]; styles: ElementSpan<string>[] } {
  const found = findElements(html, (name, attrs) => ((name === 'script' || name === 'style') && Object.keys(attrs).length === 0 ? name : undefined));
  return { scripts: found.filter((f) => f.match === 'script'), styles: found.filter((f) => f.match === 'style') };
}

// Replaces the hashes in one directive with those given, keeping its other sources ('self', ...).
function withHashes(sources: string[] | undefined, hashes: string[]): string[] | undefined {
  if (!sources) return undefined;
  return [...sources.filter((s) => !/^'sha(256|384|512)-/.test(s)), ...new Set(hashes.map((h) => `'${h}'`))];
}

/**
 * Moves a page's inline classic scripts (Astro's island runtime and hydration directives, about 2 KB gzipped on
 * every page with an island) into one cached file loaded as a module, in their order, except those whose hash is
 * in `keepInline` (scripts that must run before first paint). Inline styles whose text is in `providedStyles` are
 * dropped: the site stylesheet has the same rules (Astro's `astro-island{display:contents}` on every island page).
 * Then rewrites the page's CSP <meta> so its script-src and style-src-elem hashes are exactly those of the inline
 * scripts and styles the page still has.
 */
export function externaliseInlineScripts(
  html: string,
  keepInline: ReadonlySet<string>,
  scriptUrl: (name: string) => string,
  providedStyles: ReadonlySet<string> = new Set(),
): ExternalisedPage {
  const { scripts, styles } = findInline(html);
  const scriptHashes = scripts.map((s) => sha256Source(s.text)).filter((h) => keepInline.has(h));
  const moving = scripts.filter((s) => !keepInline.has(sha256Source(s.text)));
  const styleHashes = styles.filter((s) => !providedStyles.has(s.text)).map((s) => sha256Source(s.text));
  // Each is a complete script that declares nothing global by name, so one after another they run as a module too.
  const text = moving.map((s) => s.text.trim().replace(/;?$/, ';')).join('\n');
  const moved = moving.length > 0 ? { name: movedScriptName(text), text } : undefined;
  const edits = [
    ...moving.map((s, i) => ({ ...s, with: i === 0 && moved ? `<script type="module" src="${scriptUrl(moved.name)}"></script>` : '' })),
    ...styles.filter((s) => providedStyles.has(s.text)).map((s) => ({ ...s, with: '' })),
  ];
  const out = applySplices(html, edits);
  const page = rewritePolicy(out, scriptHashes, styleHashes);
  return moved ? { html: page, moved } : { html: page };
}

const MODULE_SCRIPT = /<script type="module" src="([^"]*)"[^>]*><\/script>/g;

// Static `import ... from "./x.js"`, `import "./x.js"` and `export ... from "./x.js"` in a built module; never import().
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;

/** The relative modules a built JavaScript module imports statically (what it needs before it can run). */
export function staticImports(code: string): string[] {
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((m) => m[1]!))];
}

/**
 * Moves the page's module scripts into the head script's after-paint list (src/lib/head-script.ts): their tags
 * leave the page, and the list names each entry and, after the entries, every module they import, directly or not,
 * so all are requested at once after the first paint instead of one import level at a time.
 * `headScript` is the exact text of the inline head script; `read` gives a built module's code by its URL path
 * (undefined if it is not part of the build). Throws when the page has module scripts but no head script to start them.
 */
export function startModulesAfterPaint(html: string, headScript: string, read: (path: string) => string | undefined): string {
  const entries = [...new Set([...html.matchAll(MODULE_SCRIPT)].map((m) => m[1]!))];
  if (entries.length === 0) return html;
  const found = new Set<string>(entries);
  const visit = (path: string) => {
    for (const spec of staticImports(read(path) ?? '')) {
      const dep = new URL(spec, `http://site${path}`).pathname;
      if (found.has(dep)) continue;
      found.add(dep);
      visit(dep);
    }
  };
  entries.forEach(visit);
  const tag = `<script>${headScript}</script>`;
  if (!html.includes(tag)) throw new Error('the page has module scripts but not the head script that starts them after the first paint');
  const list = [...found].join(' ').replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  return html.replace(MODULE_SCRIPT, '').replace(tag, () => `<script ${AFTER_PAINT_ATTRIBUTE}="${list}">${headScript}</script>`);
}

const META = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;

// Quotes in the policy are single quotes, so the attribute value needs no entity handling beyond what it has.
function rewritePolicy(html: string, scriptHashes: string[], styleHashes: string[]): string {
  return html.replace(META, (_all, before: string, content: string, after: string) => {
    const policy = parsePolicy(content.replace(/&#39;|&apos;/g, "'"));
    const script = withHashes(policy.get('script-src'), scriptHashes);
    const style = withHashes(policy.get('style-src-elem'), styleHashes);
    if (script) policy.set('script-src', script);
    if (style) policy.set('style-src-elem', style);
    return `${before}${serialisePolicy(policy)}${after}`;
  });
}
