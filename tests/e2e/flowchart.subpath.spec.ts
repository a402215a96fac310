import { expect, test } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

test('under a sub-path the flowchart keeps its answers in the URL of the /course/ page', async ({ page }) => {
  await page.goto(`/course${LESSONS.whenToFineTune}`);
  const widget = page.getByRole('region', { name: 'Which approach should you use?' });
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('astro-island[component-url*="FlowchartNavigator"]')).toHaveCount(1);
  await expect(widget.locator(NOT_LIVE)).toHaveCount(0);
  await widget.getByRole('button', { name: 'No', exact: true }).click();
  await widget.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(page).toHaveURL(`/course${LESSONS.whenToFineTune}?approach=no.yes`);

  await page.reload();
  await widget.scrollIntoViewIfNeeded();
  const outcome = widget.locator('.fc-nav').getByRole('heading', { level: 4 });
  await expect(outcome).toHaveText('Fine-tune');
  await widget
    .locator('.fc-nav')
    .getByRole('link', { name: /^Read more/ })
    .click();
  await expect(page).toHaveURL(`/course${LESSONS.whenToFineTune}?approach=no.yes#decide-fine-tune`);
});
