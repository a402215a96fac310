import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_MAX_LESSONS } from '../../src/lib/sidebar';
import { BUDGETS } from '../perf/budgets';
import { generateCourse } from '../perf/generate-course';
import { gzipSize } from '../perf/measure';
import { buildFixture } from './helpers/build-fixture';

// 500 lessons: ten chapters of 20, and chapter 9 (the real lessons 9.1 and 9.2 first) of 300.
const NAME = '.bench-html-budget';
const SHAPE = [20, 20, 20, 20, 20, 20, 20, 20, 300, 20, 20];
const root = fileURLToPath(new URL(`../fixtures/${NAME}/`, import.meta.url));

const lessonPages = async (dist: string) =>
  (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('index.html') && f.split('/').length === 3).map((f) => join(dist, f));

describe('lesson HTML in a course of 500 lessons', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const { lessons } = await generateCourse(root, SHAPE, { withRealLessons: true });
    expect(lessons).toBe(500);
    const { code, output } = await buildFixture(NAME);
    expect(code, output).toBe(0);
    pages = await lessonPages(join(root, 'dist'));
  }, 600_000);
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('builds a page for every lesson', () => {
    expect(pages).toHaveLength(500);
  });

  it(`keeps every lesson page at most ${BUDGETS.lessonHtml / 1000} KB gzipped, the long chapter's and the real lessons included`, async () => {
    const sizes = await Promise.all(pages.map(async (p) => ({ page: p.slice(root.length), gz: gzipSize(await readFile(p)) })));
    const largest = sizes.sort((a, b) => b.gz - a.gz).slice(0, 3);
    for (const { page, gz } of largest) expect(gz, `${page} is ${gz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.lessonHtml);
    expect(sizes.map((s) => s.page)).toEqual(expect.arrayContaining(['dist/fine-tuning/when-to-fine-tune-vs-prompt/index.html']));
  });

  it(`lists at most ${SIDEBAR_MAX_LESSONS} lessons of the 300-lesson chapter in the sidebar and links to all of them`, async () => {
    const html = await readFile(join(root, 'dist/fine-tuning/lesson-9-150/index.html'), 'utf8');
    const sidebar = /<nav id="course-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(sidebar.match(/class="lessons"/g)).toHaveLength(1);
    const lessonLinks = sidebar.match(/href="\/fine-tuning\/[^"]+"/g) ?? [];
    expect(lessonLinks).toHaveLength(SIDEBAR_MAX_LESSONS);
    expect(sidebar).toContain('aria-current="page"');
    expect(sidebar).toMatch(/href="\/#chapter-fine-tuning"[^>]*>All 300 lessons of chapter 9</);
  });
});
