import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForPageScripts } from '../perf/measure';
import { expectNoAxeViolations, LESSONS, NOT_LIVE, presetTheme } from './helpers';

const TITLE = 'Which approach should you use?';
const QUESTIONS = ['Can prompting solve it?', 'Is it a style, format or persona problem?', 'Do you need domain knowledge the model does not have?'];
// The seed's framework: each path of answers, the outcome it ends at, and the lesson section that explains it.
const PATHS = [
  { answers: ['Yes'], state: 'yes', outcome: 'Use prompting', link: 'Read more: Prompting solves it: use prompting', section: 'decide-prompting' },
  {
    answers: ['No', 'Yes'],
    state: 'no.yes',
    outcome: 'Fine-tune',
    link: 'Read more: A style, format or persona problem: fine-tune',
    section: 'decide-fine-tune',
  },
  {
    answers: ['No', 'No', 'Yes'],
    state: 'no.no.yes',
    outcome: 'Use RAG (retrieval-augmented generation)',
    link: 'Read more: Missing domain knowledge: use RAG',
    section: 'decide-rag',
  },
  {
    answers: ['No', 'No', 'No'],
    state: 'no.no.no',
    outcome: 'Prompt engineer harder',
    link: 'Read more: None of these: prompt engineer harder',
    section: 'decide-prompt-harder',
  },
];

/** Opens lesson 9.1 (with an optional query string), scrolls to the flowchart and waits for the island to hydrate. */
async function openFlowchart(page: Page, query = '') {
  await page.goto(LESSONS.whenToFineTune + query);
  const widget = page.getByRole('region', { name: TITLE });
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('astro-island[component-url*="FlowchartNavigator"]')).toHaveCount(1);
  await expect(widget.locator(NOT_LIVE)).toHaveCount(0);
  return widget;
}

const current = (widget: ReturnType<Page['getByRole']>) => widget.locator('.fc-nav').getByRole('heading', { level: 4 });
const answer = (widget: ReturnType<Page['getByRole']>, label: string) => widget.getByRole('button', { name: label, exact: true });
const expectState = (page: Page, state: string) =>
  expect(page).toHaveURL(state === '' ? /\/when-to-fine-tune-vs-prompt\/$/ : new RegExp(`\\?approach=${state.replace(/\./g, '\\.')}$`));

for (const path of PATHS) {
  test(`a learner reaches "${path.outcome}" by mouse after answering ${path.answers.join(', ')}`, async ({ page }) => {
    const widget = await openFlowchart(page);
    for (const [i, label] of path.answers.entries()) {
      await expect(current(widget)).toHaveText(QUESTIONS[i]!);
      await answer(widget, label).click();
    }
    await expect(current(widget)).toHaveText(path.outcome);
    await expect(current(widget)).toBeFocused();
    await expect(widget.getByRole('status')).toContainText(`Recommendation: ${path.outcome}.`);
    await expectState(page, path.state);
    const steps = widget.getByRole('list', { name: 'Your answers so far' }).getByRole('listitem');
    await expect(steps).toHaveText(path.answers.map((a, i) => new RegExp(`${QUESTIONS[i]!.replace(/[?]/g, '\\?')}\\s*${a}`)));

    await widget.locator('.fc-nav').getByRole('link', { name: path.link }).click();
    await expect(page).toHaveURL(new RegExp(`\\?approach=${path.state.replace(/\./g, '\\.')}#${path.section}$`));
    await expect(page.locator(`#${path.section}`)).toBeInViewport();
  });

  test(`a learner reaches "${path.outcome}" with the keyboard alone`, async ({ page }) => {
    const widget = await openFlowchart(page);
    await current(widget).focus();
    for (const [i, label] of path.answers.entries()) {
      await expect(current(widget)).toHaveText(QUESTIONS[i]!);
      await page.keyboard.press('Tab');
      if (label === 'No') await page.keyboard.press('Tab');
      await expect(answer(widget, label)).toBeFocused();
      await page.keyboard.press(label === 'No' ? 'Space' : 'Enter');
      await expect(current(widget)).toBeFocused();
    }
    await expect(current(widget)).toHaveText(path.outcome);
    await expect(widget.getByRole('status')).toContainText(`Recommendation: ${path.outcome}.`);
    await expectState(page, path.state);
  });
}

test.describe('a navigator whose code fails', () => {
  // A service worker answers from its cache, where page.route() cannot reach: this test needs the network's answer.
  test.use({ serviceWorkers: 'block' });

  test('a navigator whose code cannot load says so, and the whole flowchart stays readable', async ({ page }) => {
    await page.route(/\/FlowchartNavigator\.[^/]*\.js(\?.*)?$/, (route) => route.fulfill({ status: 404, body: 'Not found' }));
    await page.goto(LESSONS.whenToFineTune);
    const widget = page.getByRole('region', { name: TITLE });
    await widget.scrollIntoViewIfNeeded();
    // Astro retries a failed import once, a second later, before it gives up.
    await expect(widget.getByRole('alert')).toContainText('The whole flowchart below shows every path.', { timeout: 10_000 });
    await widget.getByText('Show the whole flowchart').click();
    await expect(widget.getByText('Do you need domain knowledge the model does not have?')).toBeVisible();
  });
});

test('the navigator loads its JavaScript only when the learner scrolls to it', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('FlowchartNavigator')) loaded.push(r.url());
  });
  await page.goto(LESSONS.whenToFineTune);
  await expect(page.getByRole('region', { name: TITLE })).not.toBeInViewport();
  await waitForPageScripts(page);
  expect(loaded).toEqual([]);
  await page.getByRole('region', { name: TITLE }).scrollIntoViewIfNeeded();
  await expect.poll(() => loaded.length).toBe(1);
});

test('moving to a new question announces it and moves focus to it', async ({ page }) => {
  const widget = await openFlowchart(page);
  await answer(widget, 'No').click();
  await expect(current(widget)).toHaveText(QUESTIONS[1]!);
  await expect(current(widget)).toBeFocused();
  await expect(widget.getByRole('status')).toHaveText(`Question 2: ${QUESTIONS[1]}`);
});

test('a learner reopens an earlier step and changes the answer', async ({ page }) => {
  const widget = await openFlowchart(page);
  await answer(widget, 'No').click();
  await answer(widget, 'No').click();
  await expect(current(widget)).toHaveText(QUESTIONS[2]!);
  await widget.getByRole('button', { name: `Change answer 2: ${QUESTIONS[1]}` }).click();
  await expect(current(widget)).toHaveText(QUESTIONS[1]!);
  await expect(current(widget)).toBeFocused();
  await expectState(page, 'no');
  await answer(widget, 'Yes').click();
  await expect(current(widget)).toHaveText('Fine-tune');
  await expectState(page, 'no.yes');
});

test('Back goes one step back and Start over returns to the first question', async ({ page }) => {
  const widget = await openFlowchart(page);
  await answer(widget, 'No').click();
  await answer(widget, 'Yes').click();
  await expect(current(widget)).toHaveText('Fine-tune');
  await widget.getByRole('button', { name: 'Back' }).click();
  await expect(current(widget)).toHaveText(QUESTIONS[1]!);
  await expectState(page, 'no');
  await widget.getByRole('button', { name: 'Start over' }).click();
  await expect(current(widget)).toHaveText(QUESTIONS[0]!);
  await expect(current(widget)).toBeFocused();
  await expectState(page, '');
  await expect(widget.getByRole('button', { name: 'Back' })).toHaveCount(0);
});

test("the browser's Back and Forward buttons move through the answers", async ({ page }) => {
  const widget = await openFlowchart(page);
  await answer(widget, 'No').click();
  await answer(widget, 'No').click();
  await answer(widget, 'Yes').click();
  await expect(current(widget)).toHaveText('Use RAG (retrieval-augmented generation)');
  await page.goBack();
  await expect(current(widget)).toHaveText(QUESTIONS[2]!);
  await expectState(page, 'no.no');
  await page.goBack();
  await expect(current(widget)).toHaveText(QUESTIONS[1]!);
  await page.goForward();
  await expect(current(widget)).toHaveText(QUESTIONS[2]!);
  await expect(widget.getByRole('status')).toHaveText(`Question 3: ${QUESTIONS[2]}`);
});

test('a copied link opens the same outcome in a new page, and a reload keeps it', async ({ page, context }) => {
  const widget = await openFlowchart(page);
  await answer(widget, 'No').click();
  await answer(widget, 'No').click();
  await answer(widget, 'No').click();
  const copied = page.url();

  const other = await context.newPage();
  await other.goto(copied);
  const again = other.getByRole('region', { name: TITLE });
  await again.scrollIntoViewIfNeeded();
  await expect(current(again)).toHaveText('Prompt engineer harder');
  await expect(again.getByRole('list', { name: 'Your answers so far' }).getByRole('listitem')).toHaveCount(3);

  await other.reload();
  await again.scrollIntoViewIfNeeded();
  await expect(current(again)).toHaveText('Prompt engineer harder');
  await expect(other).toHaveURL(copied);
});

test('a copied link to a question opens that question, not the start', async ({ page }) => {
  const widget = await openFlowchart(page, '?approach=no');
  await expect(current(widget)).toHaveText(QUESTIONS[1]!);
});

test.describe('a tampered or outdated link', () => {
  for (const [what, query, expected, state] of [
    ['an unknown answer in the middle', '?approach=no.maybe.yes', QUESTIONS[1]!, 'no'],
    ['answers past the outcome', '?approach=yes.no.no', 'Use prompting', 'yes'],
    ['markup', `?approach=${encodeURIComponent('<img src=x onerror="window.pwned=1">')}`, QUESTIONS[0]!, ''],
    ['an empty value', '?approach=', QUESTIONS[0]!, ''],
  ] as const) {
    test(`with ${what} falls back to the longest valid prefix without an error`, async ({ page }) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      const widget = await openFlowchart(page, query);
      await expect(current(widget)).toHaveText(expected);
      await expectState(page, state);
      expect(await page.evaluate(() => 'pwned' in window)).toBe(false);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      expect(errors).toEqual([]);
    });
  }
});

test('the whole flowchart opens from the navigator and highlights the current path', async ({ page }) => {
  const widget = await openFlowchart(page, '?approach=no.no');
  await widget.getByText('Show the whole flowchart').click();
  const tree = widget.locator('.fc-tree');
  await expect(tree).toBeVisible();
  await expect(tree.locator('[aria-current="step"]')).toHaveText(QUESTIONS[2]!);
  await expect(tree.locator('[data-on-path]')).toHaveText([QUESTIONS[0]!, /No/, QUESTIONS[1]!, /No/, QUESTIONS[2]!]);
  await answer(widget, 'Yes').click();
  await expect(tree.locator('[aria-current="step"]')).toContainText('Use RAG');
  await expect(widget.getByText('Hide the whole flowchart')).toBeVisible();
});

test('without JavaScript the whole flowchart is in the page as readable HTML', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(LESSONS.whenToFineTune);
  const widget = page.getByRole('region', { name: TITLE });
  // The navigator's server-rendered markup is hidden: no button that would do nothing.
  await expect(widget.getByRole('button')).toHaveCount(0);
  const tree = widget.locator('.fc-whole');
  await expect(tree.getByText('The whole flowchart', { exact: true })).toBeVisible();
  for (const question of QUESTIONS) await expect(tree.getByText(question, { exact: true })).toBeVisible();
  for (const path of PATHS) {
    await expect(tree.getByText(path.outcome, { exact: true })).toBeVisible();
    await expect(tree.getByRole('link', { name: path.link })).toHaveAttribute('href', `#${path.section}`);
  }
  await context.close();
});

test('the question card does not animate when the learner prefers reduced motion', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const widget = await openFlowchart(page);
  const card = widget.locator('.fc-card');
  expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(await card.evaluate((el) => getComputedStyle(el).animationName)).not.toBe('none');
});

for (const theme of ['light', 'dark'] as const) {
  test(`the flowchart has no accessibility violations in the ${theme} theme`, async ({ page }) => {
    await presetTheme(page, theme);
    const widget = await openFlowchart(page, '?approach=no.yes');
    await expect(current(widget)).toHaveText('Fine-tune');
    await widget.getByText('Show the whole flowchart').click();
    await expect(widget.locator('.fc-tree [aria-current="step"]')).toBeVisible();
    await expectNoAxeViolations(page, '.flowchart');
    await widget.getByRole('button', { name: 'Start over' }).click();
    await expect(current(widget)).toHaveText(QUESTIONS[0]!);
    await expectNoAxeViolations(page, '.flowchart');
  });
}

test('the flowchart keeps its answers in the page’s URL under the deploy base', { tag: '@base' }, async ({ page, at }) => {
  await page.goto(at(LESSONS.whenToFineTune));
  const widget = page.getByRole('region', { name: 'Which approach should you use?' });
  await widget.scrollIntoViewIfNeeded();
  await expect(widget.locator('astro-island[component-url*="FlowchartNavigator"]')).toHaveCount(1);
  await expect(widget.locator(NOT_LIVE)).toHaveCount(0);
  await widget.getByRole('button', { name: 'No', exact: true }).click();
  await widget.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(page).toHaveURL(`${at(LESSONS.whenToFineTune)}?approach=no.yes`);

  await page.reload();
  await widget.scrollIntoViewIfNeeded();
  const outcome = widget.locator('.fc-nav').getByRole('heading', { level: 4 });
  await expect(outcome).toHaveText('Fine-tune');
  await widget
    .locator('.fc-nav')
    .getByRole('link', { name: /^Read more/ })
    .click();
  await expect(page).toHaveURL(`${at(LESSONS.whenToFineTune)}?approach=no.yes#decide-fine-tune`);
});
