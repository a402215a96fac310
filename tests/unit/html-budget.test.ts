import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_MAX_LESSONS } from '../../src/build/sidebar';
import { BUDGETS } from '../perf/budgets';
import { builtPages } from '../perf/built-pages';
import { gzipSize } from '../perf/measure';
import { builtSite, SITES } from '../support/sites';

// The generated course of 500 lessons (npm run build:generated) against the real site (npm run pdf): the same config and
// the same real lessons, so the two differ only in course size.
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

// The HTML of every page of the real site, as a host sends it: gzip size needs no browser.
describe('page HTML in the real site', () => {
  const dist = () => builtSite(SITES.root);
  it.each(builtPages())('%s has at most its budget of HTML gzipped', async (path) => {
    const print = path.startsWith('/print/');
    const budget = print ? BUDGETS.printHtml : BUDGETS.lessonHtml;
    const file = path.endsWith('.html') ? path : `${path}index.html`;
    const gz = gzipSize(await readFile(join(dist(), file)));
    expect(gz, `${path} is ${gz} bytes gzipped`).toBeLessThanOrEqual(budget);
  });
});

describe('lesson HTML in a course of 500 lessons', () => {
  let pages: string[] = [];
  let root = '';
  let siteDist = '';
  beforeAll(async () => {
    root = builtSite(SITES.generated);
    siteDist = builtSite(SITES.root);
    pages = await lessonPages(root);
  });

  it('builds a page for every lesson', () => {
    expect(pages).toHaveLength(500);
  });

  it(`keeps every generated lesson page at most ${BUDGETS.lessonHtml / 1000} KB gzipped, in the long chapter too`, async () => {
    const generated = pages.filter((p) => !REAL_LESSONS.some((real) => p.endsWith(`${real}index.html`)));
    expect(generated).toHaveLength(500 - REAL_LESSONS.length);
    const sizes = await Promise.all(generated.map(async (p) => ({ page: p.slice(root.length + 1), gz: gzipSize(await readFile(p)) })));
    const largest = sizes.sort((a, b) => b.gz - a.gz).slice(0, 3);
    for (const { page, gz } of largest) expect(gz, `${page} is ${gz} bytes gzipped`).toBeLessThanOrEqual(BUDGETS.lessonHtml);
  });

  // The real lessons carry every widget (tests/e2e/budgets.spec.ts holds them to the budget in the real site); what
  // must hold here is that course size adds almost nothing to them: the sidebar shows a bounded window of the chapter.
  it.each(REAL_LESSONS)('keeps %s within 1.5 KB gzipped of its size in the real site when the course has 500 lessons', async (lesson) => {
    const inCourse = gzipSize(await readFile(join(root, lesson, 'index.html')));
    const alone = gzipSize(await readFile(join(siteDist, lesson, 'index.html')));
    expect(inCourse - alone, `${lesson}: ${alone} bytes in the real site, ${inCourse} in the 500-lesson course`).toBeLessThanOrEqual(1_500);
  });

  it(`lists at most ${SIDEBAR_MAX_LESSONS} lessons of the 300-lesson chapter in the sidebar and links to all of them`, async () => {
    const html = await readFile(join(root, 'fine-tuning/lesson-9-150/index.html'), 'utf8');
    const sidebar = /<nav id="course-nav"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';
    expect(sidebar.match(/class="lessons"/g)).toHaveLength(1);
    const lessonLinks = sidebar.match(/href="\/fine-tuning\/[^"]+"/g) ?? [];
    expect(lessonLinks).toHaveLength(SIDEBAR_MAX_LESSONS);
    expect(sidebar).toContain('aria-current="page"');
    expect(sidebar).toMatch(/href="\/#chapter-fine-tuning"[^>]*>All 300 lessons of chapter 9</);
  });
});
