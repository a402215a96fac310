import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_MAX_LESSONS } from '../../src/build/sidebar';
import { BUDGETS } from '../perf/budgets';
import { generateCourse } from '../perf/generate-course';
import { gzipSize } from '../perf/measure';
import { buildFixture } from '../support/astro';

// 500 lessons: ten chapters of 20, and chapter 9 (the real lessons 9.1 to 9.5 first) of 300.
const NAME = '.bench-html-budget';
const SHAPE = [20, 20, 20, 20, 20, 20, 20, 20, 300, 20, 20];
const root = fileURLToPath(new URL(`../fixtures/${NAME}/`, import.meta.url));
// The real site, built with the same config into its own folder, so the two builds differ only in course size.
const SITE_NAME = '.bench-html-site';
const siteRoot = fileURLToPath(new URL(`../fixtures/${SITE_NAME}/`, import.meta.url));
const siteDist = join(siteRoot, 'dist');
const REAL_LESSONS = [
  'fine-tuning/when-to-fine-tune-vs-prompt/',
  'fine-tuning/dataset-preparation/',
  'fine-tuning/parameter-efficient-fine-tuning-lora/',
  'fine-tuning/running-a-fine-tuning-job/',
  'fine-tuning/evaluating-a-fine-tuned-model/',
];

const lessonPages = async (dist: string) =>
  (await readdir(dist, { recursive: true }))
    .filter((f) => f.endsWith('index.html') && f.split('/').length === 3 && !f.startsWith('print/'))
    .map((f) => join(dist, f));

describe('lesson HTML in a course of 500 lessons', () => {
  let pages: string[] = [];
  beforeAll(async () => {
    const { lessons } = await generateCourse(root, SHAPE, { withRealLessons: true });
    expect(lessons).toBe(500);
    const { code, output } = await buildFixture(NAME);
    expect(code, output).toBe(0);
    pages = await lessonPages(join(root, 'dist'));
    await generateCourse(siteRoot, [], { withRealLessons: true });
    const site = await buildFixture(SITE_NAME);
    expect(site.code, site.output).toBe(0);
  }, 600_000);
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
    await rm(siteRoot, { recursive: true, force: true });
  });

  it('builds a page for every lesson', () => {
    expect(pages).toHaveLength(500);
  });

  it(`keeps every generated lesson page at most ${BUDGETS.lessonHtml / 1000} KB gzipped, in the long chapter too`, async () => {
    const generated = pages.filter((p) => !REAL_LESSONS.some((real) => p.endsWith(`${real}index.html`)));
    expect(generated).toHaveLength(500 - REAL_LESSONS.length);
    const sizes = await Promise.all(generated.map(async (p) => ({ page: p.slice(root.length), gz: gzipSize(await readFile(p)) })));
    const largest = sizes.sort((a, b) => b.gz - a.gz).slice(0, 3);
    for (const { page, gz } of largest) expect(gz, `${page} is ${gz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.lessonHtml);
  });

  // The real lessons carry every widget (tests/e2e/budgets.spec.ts holds them to the budget in the real site); what
  // must hold here is that course size adds almost nothing to them: the sidebar shows a bounded window of the chapter.
  it.each(REAL_LESSONS)('keeps %s within 1.5 KB gzipped of its size in the real site when the course has 500 lessons', async (lesson) => {
    const inCourse = gzipSize(await readFile(join(root, 'dist', lesson, 'index.html')));
    const alone = gzipSize(await readFile(join(siteDist, lesson, 'index.html')));
    expect(inCourse - alone, `${lesson}: ${alone} bytes in the real site, ${inCourse} in the 500-lesson course`).toBeLessThanOrEqual(1_500);
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
