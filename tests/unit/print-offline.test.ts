import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeCourseIndex } from '../../src/integrations/course-index';
import type { CourseIndex } from '../../src/schemas/course-index';

let dir = '';
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the print editions in the offline download', () => {
  it("go with their chapter's download, the whole course's with every download, and their PDFs with none", async () => {
    dir = await mkdtemp(join(tmpdir(), 'print-offline-'));
    const page = '<!doctype html><html lang="en"><head><title>P</title></head><body><main>P</main></body></html>';
    for (const folder of ['', 'one/a/', 'print/', 'print/answers/', 'print/one/', 'print/one/answers/']) {
      await mkdir(join(dir, folder), { recursive: true });
      await writeFile(join(dir, folder, 'index.html'), page);
    }
    await writeFile(join(dir, 'print/one.pdf'), '%PDF-1.4');
    const outline = {
      version: 1,
      chapters: [{ id: 'one', number: 1, title: 'One', lessons: [{ path: '/one/a/', number: '1.1', title: 'A', questions: 0 }] }],
    };
    await writeFile(join(dir, 'course.json'), JSON.stringify(outline));
    await writeCourseIndex(dir);
    const index = JSON.parse(await readFile(join(dir, 'offline-index.json'), 'utf8')) as CourseIndex;
    expect(index.chapters[0]!.files).toEqual(['one/a/', 'print/one/', 'print/one/answers/']);
    expect(index.common).toEqual(expect.arrayContaining(['print/', 'print/answers/']));
    expect(Object.keys(index.files).filter((k) => k.endsWith('.pdf'))).toEqual([]);
  });
});
