import { expect, test, type Locator, type Page } from '@playwright/test';
import { LESSONS } from './helpers';

// A lesson's tables and quiz code, read on a phone: nothing scrolls the page sideways, no word is cut letter by letter,
// and what is still wider than the screen scrolls in its own box, says so, and can be scrolled from the keyboard.

/** Parts of a cell's words that split over two lines, other than at a space, a hyphen or a soft hyphen, or inside code. */
async function brokenWords(cell: Locator): Promise<string[]> {
  return cell.evaluate((el) => {
    const broken: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('code')) continue;
      const text = node.textContent ?? '';
      for (const m of text.matchAll(/[^\s\u00ad-]+/g)) {
        // Each letter's own box (a range at a line's start also reports the end of the line before: the last box is the
        // letter's); a word is whole when all its letters share a line.
        const tops = new Set(
          [...m[0]].map((_, i) => {
            const range = document.createRange();
            range.setStart(node, m.index + i);
            range.setEnd(node, m.index + i + 1);
            return Math.round([...range.getClientRects()].at(-1)?.top ?? 0);
          }),
        );
        if (tops.size > 1) broken.push(m[0]);
      }
    }
    return broken;
  });
}

/** The page's sideways overflow in px (0 when nothing scrolls sideways). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

const LESSONS_WITH_TABLES = [LESSONS.whenToFineTune, LESSONS.fineTuningJob, LESSONS.evaluating] as const;

for (const width of [320, 390] as const) {
  test.describe(`on a ${width} px phone`, () => {
    test.use({ viewport: { width, height: 740 }, hasTouch: true, isMobile: true });

    for (const path of LESSONS_WITH_TABLES) {
      test(`every table of ${path} is read without the page scrolling sideways or a word cut letter by letter`, async ({ page }) => {
        await page.goto(path);
        const tables = page.getByRole('main').getByRole('table');
        expect(await tables.count()).toBeGreaterThan(0);
        for (const table of await tables.all()) {
          await table.scrollIntoViewIfNeeded();
          const name = (await table.locator('caption').textContent())?.trim() ?? '';
          for (const cell of await table.locator('th, td').all()) {
            expect(await brokenWords(cell), `${name}: a word split over lines`).toEqual([]);
          }
          // Its caption is whole inside the screen, however the table scrolls.
          const caption = (await table.locator('caption').boundingBox())!;
          expect(caption.x, `${name}: caption starts on screen`).toBeGreaterThanOrEqual(0);
          expect(caption.x + caption.width, `${name}: caption ends on screen`).toBeLessThanOrEqual(width);
        }
        expect(await pageOverflow(page), 'the page scrolls sideways').toBeLessThanOrEqual(0);
      });
    }

    test('a lesson’s table sits in a named region the keyboard reaches, which scrolls with a shadow at its edge when the table is wider', async ({
      page,
    }) => {
      for (const path of LESSONS_WITH_TABLES) {
        await page.goto(path);
        // The lesson's own tables (a widget's tables are the widget's).
        const regions = page.locator('.prose > .table-scroll');
        expect(await regions.count(), path).toBeGreaterThan(0);
        for (const region of await regions.all()) {
          await expect(region).toHaveRole('region');
          await expect(region).toHaveAccessibleName(/\w{4,}/);
          await expect(region).toHaveAttribute('tabindex', '0');
          await region.focus();
          await expect(region).toBeFocused();
          expect(await region.evaluate((el) => getComputedStyle(el).outlineStyle), 'focus is visible').toBe('solid');
          // The cue: covers that scroll with the table over shadows that stay with the box.
          expect(await region.evaluate((el) => getComputedStyle(el).backgroundAttachment)).toMatch(/^local, local, scroll, scroll/);
          expect(await region.evaluate((el) => getComputedStyle(el).overflowX)).toBe('auto');
        }
      }
    });

    test('9.4’s hyperparameter table fits the screen: its long names wrap, and no column takes most of the width', async ({ page }) => {
      await page.goto(LESSONS.fineTuningJob);
      const table = page.getByRole('table', { name: 'The three hyperparameters of a fine-tuning job' });
      const region = page.getByRole('region', { name: 'The three hyperparameters of a fine-tuning job' });
      expect(await region.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
      const heads = table.getByRole('columnheader');
      const regionWidth = (await region.boundingBox())!.width;
      for (const head of await heads.all()) {
        const box = (await head.boundingBox())!;
        expect(box.width, `${await head.textContent()}: at least 4em wide`).toBeGreaterThanOrEqual(4 * 14);
        expect(box.width, `${await head.textContent()}: not half the table`).toBeLessThan(regionWidth / 2);
      }
    });

    test('9.2’s quiz shows the clue of question 3, "role": "user" in the reply’s place, without scrolling sideways', async ({ page }) => {
      await page.goto(LESSONS.datasetPreparation);
      const question = page
        .getByRole('region', { name: 'Quick quiz' })
        .getByRole('group', { name: /^Question 3/ })
        .first();
      const code = question.locator('pre').first();
      await code.scrollIntoViewIfNeeded();
      expect(await code.evaluate((el) => el.scrollWidth - el.clientWidth), 'the code box scrolls sideways').toBeLessThanOrEqual(0);
      // Every "role": "user" in the record (the second one is the clue) lies inside the screen.
      const rects = await code.evaluate((el) => {
        const text = el.textContent ?? '';
        const found: { left: number; right: number }[] = [];
        for (let at = text.indexOf('"role": "user"'); at >= 0; at = text.indexOf('"role": "user"', at + 1)) {
          const range = document.createRange();
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          let offset = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const length = node.textContent?.length ?? 0;
            if (offset <= at && at < offset + length) range.setStart(node, at - offset);
            const end = at + '"role": "user"'.length;
            if (offset < end && end <= offset + length) range.setEnd(node, end - offset);
            offset += length;
          }
          const boxes = [...range.getClientRects()];
          found.push({ left: Math.min(...boxes.map((b) => b.left)), right: Math.max(...boxes.map((b) => b.right)) });
        }
        return found;
      });
      expect(rects).toHaveLength(2);
      for (const r of rects) {
        expect(r.left).toBeGreaterThanOrEqual(0);
        expect(r.right).toBeLessThanOrEqual(width);
      }
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
    });

    test('9.2’s exercise shows its records whole, wrapped inside the screen', async ({ page }) => {
      await page.goto(LESSONS.datasetPreparation);
      const exercise = page.getByRole('region', { name: 'Exercise' });
      for (const code of await exercise.locator('pre').all()) {
        await code.scrollIntoViewIfNeeded();
        expect(await code.evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(0);
        const box = (await code.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
    });
  });
}
