import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { extname, join, matchesGlob, relative, sep } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { COURSE_INDEX } from '../lib/offline-download.ts';
import type { CourseIndex } from '../schemas/course-index.ts';
import { COURSE_OUTLINE_FILE, parseCourseOutline } from '../lib/course-outline.ts';
import { PRECACHE_IGNORE, SHELL_GLOBS } from '../lib/offline.ts';
import { listFiles, writeFiles } from './read-site.ts';
import { printPath } from '../build/print-edition.ts';

// What a static host compresses; Pagefind's files and images are sent as they are.
const COMPRESSED = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.webmanifest', '.wasm']);
const matches = (path: string, globs: readonly string[]) => globs.some((glob) => matchesGlob(path, glob));

/** A page's key in the index: its folder ("fine-tuning/x/", "" for the home page); other files keep their path. */
const keyOf = (path: string) => path.replace(/(^|\/)index\.html$/, '$1');

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
 * bytes a host sends for it, grouped by the chapters of the published outline (course.json), each page with its search fragment and its
 * questions.json. Only reads the build and writes this file.
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
  const outline = parseCourseOutline(JSON.parse(contents.get(COURSE_OUTLINE_FILE)?.toString('utf8') ?? 'null'));
  if (!outline) throw new Error(`${COURSE_OUTLINE_FILE} is missing or not of its version: the course index is grouped by its chapters`);
  const pages = new Set(course.filter((p) => p.endsWith('.html')).map(keyOf));
  // Each lesson's folder ("fine-tuning/x/") in course order, with its chapter; a file in it goes with the page.
  const lessons = new Set(outline.chapters.flatMap((c) => c.lessons.map((l) => l.path.slice(1))));
  const extras: CourseIndex['extras'] = {};
  for (const path of course) {
    const key = keyOf(path);
    const folder = key.replace(/[^/]*$/, '');
    const page = path.endsWith('.pf_fragment')
      ? fragmentPage(contents.get(path)!, pages)
      : folder !== key && lessons.has(folder)
        ? folder
        : undefined;
    if (page !== undefined) (extras[page] ??= []).push(key);
  }
  const chapters = outline.chapters.map((c) => ({
    id: c.id,
    title: `Chapter ${c.number}: ${c.title}`,
    // A chapter's print editions (/print/<chapter>/, with and without answers) go with its lessons.
    files: [
      ...c.lessons.flatMap((l) => [l.path.slice(1), ...(extras[l.path.slice(1)] ?? [])]),
      printPath(c.id).slice(1),
      printPath(c.id, true).slice(1),
    ].filter((k) => k in files),
  }));
  const inChapters = new Set(chapters.flatMap((c) => c.files));
  // The home page, other pages, the search index and the outline go with every download, with what they need.
  const common = Object.keys(files).filter((k) => !inChapters.has(k));
  const body = { files, common, chapters, extras };
  const revision = createHash('md5').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  const index: CourseIndex = { revision, ...body };
  await writeFiles(new Map([[join(dir, COURSE_INDEX), JSON.stringify(index)]]));
  return { revision, files: Object.keys(files).length, bytes: Object.values(files).reduce((n, [, b]) => n + b, 0) };
}
