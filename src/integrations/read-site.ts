import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import type { PageLinks } from '../build/links.ts';

const REF_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  // An island's code: a missing file would leave the widget dead.
  'astro-island': ['component-url', 'renderer-url'],
};

/** Reads one HTML document: its ids, the URLs it refers to, and the content file it names (data-source). */
export function extractLinks(html: string, url: string): PageLinks {
  const page: PageLinks = { url, source: undefined, ids: new Set(), refs: [] };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (attrs['id']) page.ids.add(attrs['id']);
      if (name === 'a' && attrs['name']) page.ids.add(attrs['name']);
      if (attrs['data-source'] && !page.source) page.source = attrs['data-source'];
      for (const attr of REF_ATTRS[name] ?? []) {
        const value = attrs[attr]?.trim();
        // rel=canonical and similar point at the public site URL, which may differ from where it is checked.
        if (value && !(name === 'link' && /canonical|alternate/.test(attrs['rel'] ?? ''))) page.refs.push(value);
      }
    },
  });
  parser.write(html);
  parser.end();
  return page;
}

/** Every file below a folder (a built site), as absolute paths. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

/** One built page: its absolute path and its HTML. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** The pages (.html files) among `files`, read all at once: one at a time, a 500-page build mostly waited. */
export async function readPages(files: readonly string[]): Promise<BuiltPage[]> {
  const pages = files.filter((f) => f.endsWith('.html'));
  const texts = await Promise.all(pages.map((file) => readFile(file, 'utf8')));
  return pages.map((file, i) => ({ file, html: texts[i]! }));
}

/** Writes files (by absolute path) all at once, after creating the folders they go in. */
export async function writeFiles(files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const folders = new Set([...files.keys()].map((file) => dirname(file)));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  await Promise.all([...files].map(([file, content]) => writeFile(file, content)));
}

/** Reads a built site folder: every page's links, and every file's path relative to the folder. */
export async function readSite(dir: string, base: string): Promise<{ pages: PageLinks[]; files: Set<string> }> {
  const all = await listFiles(dir);
  const files = new Set(all.map((f) => relative(dir, f).split(sep).join('/')));
  const pages = (await readPages(all)).map(({ file, html }) => {
    const rel = relative(dir, file).split(sep).join('/');
    // 404.html is served for unknown URLs at any depth, so its relative links cannot be checked from one place.
    const path = rel === 'index.html' ? '' : rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
    return extractLinks(html, base + path);
  });
  return { pages, files };
}
