import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, matchesGlob, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COURSE_INDEX, type CourseIndex } from '../lib/offline-download.ts';
import { PRECACHE_IGNORE, SHELL_GLOBS } from '../lib/offline.ts';
import { listFiles, writeFiles } from './read-site.ts';

// What a static host compresses; Pagefind's files and images are sent as they are.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.wasm']);
const matches = (path: string, globs: readonly string[]) => globs.some((glob) => matchesGlob(path, glob));

/** A page's key in the index: its folder ("fine-tuning/x/", "" for the home page); other files keep their path. */
const keyOf = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

/** The chapter's title as the lesson's breadcrumb prints it ("Chapter 9: Fine-Tuning"). */
function chapterTitle(html: string): string | undefined {
  return /aria-label="Breadcrumb"><ol><li>.*?<\/li><li><span>([^<]+)<\/span>/s.exec(html)?.[1]?.trim();
}

/** The page a Pagefind fragment belongs to: its URL ("/course/fine-tuning/x/") ends with the page's key. */
function fragmentPage(content: Buffer, pages: ReadonlySet<string>): string | undefined {
  try {
    const text = gunzipSync(content)
      .toString('utf8')
      .replace(/^pagefind_dcd/, '');
    const url = String((JSON.parse(text) as { url?: unknown }).url ?? '');
    const path = url.replace(/^\/+/, '');
    for (let i = 0; i <= path.length; i = path.indexOf('/', i) + 1 || path.length + 1) if (pages.has(path.slice(i))) return path.slice(i);
  } catch {
    // A fragment it cannot read goes with every download instead.
  }
  return undefined;
}

/**
 * Writes `dir/offline-index.json`: every course file (all but the shell and the ignored ones) with its revision and the
 * bytes a host sends for it, grouped by chapter, each page with its search fragment. Only reads the build and writes this file.
 */
export async function writeCourseIndex(dir: string): Promise<{ revision: string; files: number; bytes: number }> {
  const paths = (await listFiles(dir)).map((f) => relative(dir, f).split(sep).join('/'));
  const course = paths.filter((p) => !matches(p, PRECACHE_IGNORE) && !matches(p, SHELL_GLOBS)).sort();
  const contents = new Map(await Promise.all(course.map(async (p) => [p, await readFile(join(dir, p))] as const)));
  const files: CourseIndex['files'] = {};
  for (const [path, content] of contents) {
    const bytes = COMPRESSED.has(extname(path)) ? gzipSync(content).byteLength : content.byteLength;
    files[keyOf(path)] = [createHash('sha256').update(content).digest('hex').slice(0, 16), bytes];
  }
  const pages = new Set(course.filter((p) => p.endsWith('.html')).map(keyOf));
  const chapters = new Map<string, { id: string; title: string; files: string[] }>();
  const extras: CourseIndex['extras'] = {};
  const common: string[] = [];
  for (const path of course) {
    const key = keyOf(path);
    const page = path.endsWith('.pf_fragment') ? fragmentPage(contents.get(path)!, pages) : undefined;
    if (page !== undefined) (extras[page] ??= []).push(key);
    // A lesson's folder is "<chapter>/<lesson>/"; the home page, other pages and the search index go with every download.
    const chapter = pages.has(key) && /^[^/]+\/[^/]+\/$/.test(key) ? key.split('/')[0]! : undefined;
    if (chapter === undefined) {
      if (page === undefined) common.push(key);
      continue;
    }
    const entry = chapters.get(chapter) ?? { id: chapter, title: chapterTitle(contents.get(path)!.toString('utf8')) ?? chapter, files: [] };
    chapters.set(chapter, entry);
    entry.files.push(key);
  }
  for (const entry of chapters.values()) entry.files.push(...entry.files.flatMap((p) => extras[p] ?? []));
  common.push(...common.flatMap((p) => extras[p] ?? []));
  // A fragment of no page (none expected) still has to reach the learner with a download.
  const attached = new Set([...common, ...[...chapters.values()].flatMap((c) => c.files)]);
  for (const key of Object.keys(files)) if (!attached.has(key)) common.push(key);
  const number = (title: string) => Number(/(\d+)/.exec(title)?.[1] ?? Infinity);
  const ordered = [...chapters.values()].sort((a, b) => number(a.title) - number(b.title) || a.id.localeCompare(b.id));
  const body = { files, common, chapters: ordered, extras };
  const revision = createHash('md5').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const index: CourseIndex = { revision, ...body };
  await writeFiles(new Map([[join(dir, COURSE_INDEX), JSON.stringify(index)]]));
  return { revision, files: Object.keys(files).length, bytes: Object.values(files).reduce((n, [, b]) => n + b, 0) };
}
