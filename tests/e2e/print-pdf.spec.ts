import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { pdfPageCount } from '../../src/build/print-edition';
import { parseCourseOutline } from '../../src/lib/course-outline';
import { DIST } from '../perf/built-pages';

// The PDFs `npm run pdf` prints at the end of the build (src/integrations/print-pdf.ts). A plain `npm run build` makes
// none, and then these tests say so instead of failing. Their text is read with poppler's pdftotext when installed.
const PDFS = [
  { file: 'print/fine-tuning.pdf', page: '/print/fine-tuning/', answers: false },
  { file: 'print/fine-tuning-answers.pdf', page: '/print/fine-tuning/answers/', answers: true },
  { file: 'print/course.pdf', page: '/print/', answers: false },
  { file: 'print/course-answers.pdf', page: '/print/answers/', answers: true },
];
const built = existsSync(join(DIST, PDFS[0]!.file));
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const pdfText = (file: string) => execFileSync('pdftotext', ['-layout', join(DIST, file), '-'], { encoding: 'utf8' });
const outline = () => parseCourseOutline(JSON.parse(readFileSync(join(DIST, 'course.json'), 'utf8')))!;

test.describe('the PDFs of the print editions', () => {
  test.skip(!built, 'dist/ has no PDFs: build with `npm run pdf` (it needs a Chromium) to check them');

  for (const { file, page, answers } of PDFS) {
    test(`${file} has a cover, then about eight A4 pages a lesson${answers ? ' and the answer key' : ''}, and is linked from its print page`, async ({
      page: browser,
    }) => {
      const lessons = outline().chapters.flatMap((c) => c.lessons).length;
      const pages = pdfPageCount(readFileSync(join(DIST, file)));
      // Measured: the cover, then 9.1 to 9.5 on 41 pages; 50 with the key (about two pages a lesson, in two columns).
      expect(pages).toBeGreaterThanOrEqual(1 + lessons * 6);
      expect(pages).toBeLessThanOrEqual(1 + lessons * (answers ? 14 : 11));
      await browser.goto(page);
      const link = browser.getByRole('link', { name: 'Download this edition as a PDF' });
      await expect(link).toHaveAttribute('href', `/${file}`);
      const response = await browser.request.get(`/${file}`);
      expect(response.headers()['content-type']).toBe('application/pdf');
    });
  }

  test('print/fine-tuning-answers.pdf has more pages than the edition without answers', () => {
    const count = (f: string) => pdfPageCount(readFileSync(join(DIST, f)));
    expect(count('print/fine-tuning-answers.pdf')).toBeGreaterThan(count('print/fine-tuning.pdf'));
  });

  test.describe('their text', () => {
    test.skip(!hasPoppler, 'pdftotext is not installed (Debian: apt-get install -y poppler-utils)');

    for (const { file, answers } of PDFS)
      test(`${file} holds every lesson title in order, page numbers${answers ? ' and the answer key' : ' and no answer key'}`, async () => {
        const text = pdfText(file).replace(/\s+/g, ' ');
        const titles = outline().chapters.flatMap((c) => c.lessons.map((l) => `${l.number} ${l.title}`));
        const after = (title: string, from: number) => text.indexOf(title, from);
        // After the contents: each lesson's own title page, in course order.
        let at = text.indexOf(titles.at(-1)!) + 1;
        for (const title of titles) {
          const found = after(title, at);
          expect(found, `${title} after the contents`).toBeGreaterThan(0);
          at = found + 1;
        }
        expect(text).toMatch(/ 2 \/ \d+ /);
        if (answers) expect(text).toContain('Answer key');
        else expect(text).not.toContain('Answer key');
      });

    test('the pages of print/fine-tuning-answers.pdf are attached as images to look at', async () => {
      const testInfo = test.info();
      const dir = mkdtempSync(join(tmpdir(), 'pdf-pages-'));
      try {
        execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '4', join(DIST, 'print/fine-tuning-answers.pdf'), join(dir, 'page')]);
        const pngs = readdirSync(dir).sort();
        expect(pngs.length).toBe(4);
        for (const png of pngs) await testInfo.attach(png, { path: join(dir, png), contentType: 'image/png' });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
