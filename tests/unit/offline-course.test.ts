import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterEach, describe, expect, it } from 'vitest';
import { offlineCourse } from '../../src/integrations/offline-course';

type BuildDone = (options: { dir: URL; logger: { info: (message: string) => void } }) => unknown;

/** Runs an integration's astro:build:done hook on a folder, collecting what it logs. */
function buildDone(integration: AstroIntegration, dir: string, logged: string[]): unknown {
  const hook = integration.hooks['astro:build:done'] as unknown as BuildDone;
  return hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (message) => logged.push(message) } });
}

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

async function builtSite(): Promise<string> {
  dir = await mkdtemp(join(tmpdir(), 'offline-course-'));
  await mkdir(join(dir, 'lesson'));
  const page =
    '<!doctype html><html lang="en"><head><title>Lesson</title></head><body><main data-pagefind-body><h1>Lesson</h1><p>Fine-tuning teaches a model a format.</p></main></body></html>';
  await writeFile(join(dir, 'index.html'), page.replace('data-pagefind-body', ''));
  await writeFile(join(dir, 'lesson', 'index.html'), page);
  const outline = {
    version: 1,
    chapters: [{ id: 'one', number: 1, title: 'One', lessons: [{ path: '/lesson/', number: '1.1', title: 'Lesson', questions: 0 }] }],
  };
  await writeFile(join(dir, 'course.json'), JSON.stringify(outline));
  return dir;
}

describe('offline support after the build', () => {
  it('starts the search index and returns at once, so the checks listed next run while Pagefind indexes', async () => {
    const site = await builtSite();
    const logged: string[] = [];
    const offline = offlineCourse();
    expect(buildDone(offline.searchIndex, site, logged)).toBeUndefined();
    expect(existsSync(join(site, 'pagefind'))).toBe(false);
    await buildDone(offline.serviceWorker, site, logged);
    expect(logged).toEqual([
      expect.stringMatching(/^search index: 2 pages, \d+ files/),
      expect.stringMatching(/^course download: 5 files, [\d.]+ KiB sent$/),
      expect.stringMatching(/^service worker: precaches \d+ shell files/),
    ]);
    // The worker is written after the search index, so it precaches its runtime; the course index lists the pages and
    // the search index, and the worker carries its revision.
    expect(await readFile(join(site, 'sw.js'), 'utf8')).toContain('pagefind/pagefind.js');
    const index = JSON.parse(await readFile(join(site, 'offline-index.json'), 'utf8')) as { revision: string; files: Record<string, unknown> };
    expect(Object.keys(index.files).sort()).toEqual([
      '',
      'course.json',
      'lesson/',
      expect.stringMatching(/^pagefind\/fragment\//),
      expect.stringMatching(/^pagefind\/index\//),
    ]);
    expect(await readFile(join(site, 'sw.js'), 'utf8')).toContain(index.revision);
  });

  it('reports which step to list first when the service worker step runs without the search index', async () => {
    const site = await builtSite();
    await expect(buildDone(offlineCourse().serviceWorker, site, [])).rejects.toThrow(/list its searchIndex integration before its serviceWorker/);
    expect(existsSync(join(site, 'sw.js'))).toBe(false);
  });
});
