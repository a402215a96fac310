import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { isPagefindRuntimeFile, pagefindWasmNames } from '../lib/offline.ts';
import { writeFiles } from './read-site.ts';

/**
 * Parts of a lesson page that are navigation or controls, not lesson content, so search never matches them: every
 * button too (a quiz's Check, a widget's), whatever widget renders it, so excerpts never read "fine-tune? Check.".
 */
const NOT_CONTENT = ['.toc-inline', '.anchor-link', '.copy-button', '.ai-notice', 'button'];

/** What indexing the built site produced: how many pages went in, and the files and bytes written. */
export interface SearchIndexResult {
  pages: number;
  files: number;
  bytes: number;
}

/**
 * Indexes the built pages of `dir` with Pagefind (only what sits inside data-pagefind-body, i.e. lesson articles)
 * and writes the files the search box needs to `dir/pagefind/`.
 */
export async function buildSearchIndex(dir: string): Promise<SearchIndexResult> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: NOT_CONTENT, forceLanguage: 'en' });
    if (!created.index) throw new Error(`Pagefind could not start: ${created.errors.join('; ')}`);
    const added = await created.index.addDirectory({ path: dir });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
    const { files, errors } = await created.index.getFiles();
    if (errors.length > 0) throw new Error(`Pagefind could not build its index: ${errors.join('; ')}`);
    const entry = files.find((f) => f.path === 'pagefind-entry.json');
    if (!entry) throw new Error('Pagefind wrote no pagefind-entry.json');
    const wasm = pagefindWasmNames(new TextDecoder().decode(entry.content));
    const kept = files.filter((f) => isPagefindRuntimeFile(f.path, wasm));
    await writeFiles(new Map(kept.map((file) => [join(dir, 'pagefind', file.path), file.content])));
    return { pages: added.page_count, files: kept.length, bytes: kept.reduce((n, f) => n + f.content.byteLength, 0) };
  } finally {
    await pagefind.close();
  }
}
