import { expect, test } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { LESSONS } from './helpers';

// The service worker is part of what these tests check (playwright.config.ts blocks it elsewhere).
test.use({ serviceWorkers: 'allow' });

// Downloading the course is offered from the header of every page at every width: on a phone its icon is a full
// touch target named "Download", and its panel opens under the header, inside the screen. (The download itself is
// offline.spec's: here only the way to it.)
const PAGES = [LESSONS.datasetPreparation, '/progress/', '/review/'] as const;

for (const [width, height] of [
  [320, 640],
  [390, 844],
  [1280, 800],
] as const) {
  test.describe(`at ${width} px`, () => {
    test.use({ viewport: { width, height }, ...(width < 1000 ? { hasTouch: true, isMobile: true } : {}) });

    for (const path of PAGES) {
      test(`${path} offers the course download from its header: a named 44 px control that opens the download panel on screen`, async ({ page }) => {
        await page.goto(path);
        await waitForPageScripts(page);
        const download = page.getByRole('banner').getByRole('button', { name: 'Download', exact: true });
        await expect(download).toBeVisible();
        const box = (await download.boundingBox())!;
        expect(Math.min(box.width, box.height), 'touch target').toBeGreaterThanOrEqual(width < 1000 ? 44 : 36);
        expect(box.x + box.width).toBeLessThanOrEqual(width);

        await download.click();
        await expect(download).toHaveAttribute('aria-expanded', 'true');
        const panel = page.getByRole('region', { name: 'Download for offline use' });
        await expect(panel).toBeVisible();
        const shown = (await panel.boundingBox())!;
        expect(shown.x, 'the panel starts on screen').toBeGreaterThanOrEqual(0);
        expect(shown.x + shown.width, 'the panel ends on screen').toBeLessThanOrEqual(width);
        await expect(panel.getByRole('heading', { name: 'Use this course offline' })).toBeAttached();
        expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBeLessThanOrEqual(0);

        await page.keyboard.press('Escape');
        await expect(panel).toBeHidden();
        await expect(download).toBeFocused();
      });
    }
  });
}

// WebKit let the phone theme control's hidden words ("System theme") run out of its 2.75rem box and scrolled every page
// 49 px sideways at 447 px. The box is fixed and clips, and its words start past its end, whatever the engine.
for (const width of [320, 447]) {
  test(`at ${width} px the theme control is an icon-sized box that keeps its hidden words inside`, async ({ page }) => {
    await page.setViewportSize({ width, height: 700 });
    await page.goto(LESSONS.whenToFineTune);
    await waitForPageScripts(page);
    const select = page.getByRole('combobox', { name: 'Theme' });
    const style = await select.evaluate((el) => {
      const s = getComputedStyle(el);
      return {
        width: el.getBoundingClientRect().width,
        height: el.getBoundingClientRect().height,
        maxWidth: s.maxWidth,
        indent: s.textIndent,
      };
    });
    expect(style).toMatchObject({ width: 44, maxWidth: '44px', indent: '44px' });
    expect(style.height, 'touch target').toBeGreaterThanOrEqual(44);
    // What the clipping is for: the page does not scroll sideways. (Chromium 149 reports a select's overflow as visible
    // whatever the stylesheet says, so the outcome is checked rather than the property.)
    expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth), 'no sideways scroll').toBeLessThanOrEqual(0);
  });
}
