import { expect, test } from '@playwright/test';
import { waitForPageScripts } from '../perf/measure';
import { LESSONS } from './helpers';

test.describe('lesson 9.1', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
    await waitForPageScripts(page);
  });

  test('shows every section of the lesson in order', async ({ page }) => {
    const main = page.getByRole('main');
    const h2s = await main.getByRole('heading', { level: 2 }).allTextContents();
    expect(h2s).toEqual([
      'The decision framework',
      'Prompting vs RAG vs fine-tuning',
      'When fine-tuning makes sense',
      'When fine-tuning does not help',
      'Cost-benefit analysis',
      'Common mistakes',
      'Quick quiz',
      'Exercise',
      'Further reading',
    ]);
  });

  test('shows the number, title, AI notice, key concepts and official docs', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('9.1 When to Fine-Tune vs Prompt');
    await expect(page.getByRole('complementary', { name: 'AI-generated content.' })).toContainText('may contain errors');
    await expect(page.getByText('Decision framework', { exact: true })).toBeVisible();
    await expect(page.getByText('Cost/benefit analysis', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'OpenAI Fine-Tuning Guide', exact: true })).toHaveAttribute(
      'href',
      'https://platform.openai.com/docs/guides/fine-tuning',
    );
    await expect(page.getByRole('link', { name: 'Hugging Face PEFT', exact: true })).toHaveAttribute('href', 'https://huggingface.co/docs/peft');
  });

  test('states the comparison table with a caption, column and row headers, and the seed values', async ({ page }) => {
    const table = page.getByRole('table', { name: 'Prompting, RAG and fine-tuning compared' });
    await expect(table.getByRole('columnheader')).toHaveText(['Approach', 'Best for', 'Cost', 'Speed to deploy']);
    const rows = [
      ['Prompting', 'Format, tone, simple tasks', '≈ free', 'Minutes'],
      ['RAG', 'Domain knowledge, recent data', 'Low', 'Hours'],
      ['Fine-tuning', 'Style, persona, consistent format', 'High', 'Days-Weeks'],
    ];
    for (const [i, [approach, ...cells]] of rows.entries()) {
      const row = table.getByRole('row').nth(i + 1);
      await expect(row.getByRole('rowheader')).toHaveText(approach!);
      await expect(row.getByRole('cell')).toHaveText(cells);
    }
    expect(await table.locator('th[scope="col"]').count()).toBe(4);
    expect(await table.locator('th[scope="row"]').count()).toBe(3);
  });

  test("quotes the cost example's figures from the cost model", async ({ page }) => {
    const section = page.getByRole('main');
    for (const figure of ['10,000 requests a day', '200 tokens', '$35.00 a day', '$0.75 a day', '$1,027.50', '30-day month']) {
      await expect(section).toContainText(figure);
    }
  });

  test('lists the five cases for fine-tuning, the three against, and the four mistakes', async ({ page }) => {
    const listAfter = (heading: string) =>
      page.locator(`.heading-wrapper:has(h2:text-is("${heading}")) ~ ul, .heading-wrapper:has(h2:text-is("${heading}")) ~ ol`).first();
    await expect(listAfter('When fine-tuning makes sense').getByRole('listitem')).toHaveCount(5);
    await expect(listAfter('When fine-tuning does not help').getByRole('listitem')).toHaveCount(3);
    await expect(listAfter('Common mistakes').getByRole('listitem')).toHaveCount(4);
    await expect(page.getByRole('main')).toContainText('90% of the quality for 1% of the effort');
    await expect(page.getByRole('main')).toContainText('Fewer than 50 high-quality examples');
    await expect(page.getByRole('main')).toContainText('100–500+');
  });

  test('links on to 9.2 Dataset Preparation', async ({ page }) => {
    await page
      .getByRole('navigation', { name: 'Previous and next lesson' })
      .getByRole('link', { name: 'Next lesson 9.2 Dataset Preparation' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('9.2 Dataset Preparation');
  });

  test('marks the current lesson in the sidebar and shows breadcrumbs', async ({ page }) => {
    const nav = page.getByRole('navigation', { name: 'Course' });
    await expect(nav.getByRole('link', { name: /9\.1/ })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: /9\.2/ })).not.toHaveAttribute('aria-current', 'page');
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('listitem')).toHaveText(['Home', 'Chapter 9: Fine-Tuning', '9.1 When to Fine-Tune vs Prompt']);
  });

  test('highlights its code example at build time and copies it with one click', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const block = page.locator('.code-block').first();
    await expect(block.locator('pre[data-language="python"] .line span').first()).toBeVisible();
    const colours = await block.locator('pre .line span').evaluateAll((spans) => new Set(spans.map((s) => getComputedStyle(s).color)).size);
    expect(colours, 'keywords, names, strings and numbers each get their own colour').toBeGreaterThan(3);
    await block.getByRole('button', { name: 'Copy code' }).click();
    await expect(block.getByRole('button', { name: 'Copied' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Code copied to the clipboard' })).toHaveCount(1);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('def input_cost_per_day');
  });
});

test('lesson 9.2 is a full lesson with its own sections and an AI notice', async ({ page }) => {
  await page.goto(LESSONS.datasetPreparation);
  await expect(page.getByRole('complementary', { name: 'AI-generated content.' })).toBeVisible();
  const h2s = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(h2s.length).toBeGreaterThanOrEqual(8);
  await expect(page.getByRole('main')).toContainText('100–500+');
  await expect(page.locator('pre[data-language="jsonl"]').first()).toBeVisible();
});
