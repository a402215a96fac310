import { expect, test, type Page } from '@playwright/test';
import { LESSONS } from './helpers';

// What a search result quotes: the lesson's words, not a widget's buttons, with a table's cells kept apart. Read
// through Pagefind's own API: the text of each page it found, which every excerpt is cut from.
async function indexedText(page: Page, term: string): Promise<string> {
  return page.evaluate(async (term) => {
    const pagefind = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
    const search = await pagefind.search(term);
    const pages = await Promise.all(search.results.map((r: { data(): Promise<{ content: string }> }) => r.data()));
    return pages.map((p) => p.content).join('\n');
  }, term);
}

test.describe('the text search results quote', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(LESSONS.whenToFineTune);
  });

  test('keeps the caption and header cells of a table apart', async ({ page }) => {
    const text = await indexedText(page, 'deploy');
    expect(text).toContain('Prompting, RAG and fine-tuning compared Approach Best for Cost Speed to deploy');
    expect(text).not.toContain('CostSpeed');
  });

  test('holds the flowchart once, as its questions and answers, without its buttons', async ({ page }) => {
    const text = await indexedText(page, 'persona');
    expect(text).toContain('Can prompting solve it? Yes → Recommendation: Use prompting.');
    for (const label of ['YesNo', 'Show the whole flowchart', 'Question 1. Can prompting']) expect(text).not.toContain(label);
    // A learner searching for the flowchart's words still finds its section, quoted from the tree.
    await page.getByRole('searchbox', { name: 'Search the course' }).fill('persona problem');
    await expect(page.getByRole('list', { name: 'Search results' })).toContainText('persona problem? Yes → Recommendation: Fine-tune.');
  });

  test('leaves the calculator’s fields, buttons and computed figures out', async ({ page }) => {
    const text = await indexedText(page, 'calculator');
    expect(text).toContain('Try your own numbers.');
    for (const label of ['Low volumeHigh volume', 'Loading the chart', 'Daily requests', 'Running costs']) expect(text).not.toContain(label);
  });
});
