import { test } from '@playwright/test';
import { ALL_PAGES, expectNoAxeViolations, presetTheme } from './helpers';

for (const theme of ['light', 'dark'] as const) {
  for (const path of ALL_PAGES) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await presetTheme(page, theme);
      await page.goto(path);
      await expectNoAxeViolations(page);
    });
  }
}
