import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { pdfPageCount } from '../../src/build/print-edition';
import { parseCourseOutline } from '../../src/lib/course-outline';
import { quizSlot } from '../../src/lib/quiz-model';
import { expectNoAxeViolations, LESSONS, presetTheme } from './helpers';

const CHAPTER = '/print/fine-tuning/';
const CHAPTER_KEY = '/print/fine-tuning/answers/';
const COURSE = '/print/';
const COURSE_KEY = '/print/answers/';

/** The course outline as published (course.json): chapters and lessons in order. */
async function outline(page: Page) {
  const response = await page.request.get('/course.json');
  const course = parseCourseOutline(await response.json());
  if (!course) throw new Error('course.json is not of its version');
  return course;
}

/** A lesson page's section headings (## and ###) as the learner sees them there: id and text, in order. */
async function lessonHeadings(page: Page, path: string) {
  await page.goto(path);
  return page.locator('.prose .heading-wrapper > :is(h2, h3)').evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.trim() })));
}

const norm = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Every answer text of a lesson's published questions (questions.json): why texts, explanations, model answers, hints, numbers. */
async function answerTexts(page: Page, lessonPath: string): Promise<string[]> {
  const published = (await (await page.request.get(`${lessonPath}questions.json`)).json()) as {
    quizzes: { questions: { slots: Record<string, string> }[] }[];
  };
  const isAnswer = (name: string, n: number) =>
    name === quizSlot.explanation(n) || name === quizSlot.model(n) || name === quizSlot.answer(n) || /^q\d+[wh]\d+$/.test(name);
  const html = published.quizzes.flatMap((quiz) =>
    quiz.questions.flatMap((q, n) => Object.entries(q.slots).flatMap(([name, value]) => (isAnswer(name, n) ? [value] : []))),
  );
  return page
    .evaluate((parts) => parts.map((h) => Object.assign(document.createElement('div'), { innerHTML: h }).textContent ?? ''), html)
    .then((texts) => texts.map(norm).filter((t) => t !== ''));
}

test.describe('the print edition of a chapter', () => {
  test('holds every lesson of the chapter, in order, with its title and every section heading in order', async ({ page }) => {
    const course = await outline(page);
    const chapter = course.chapters.find((c) => c.id === 'fine-tuning')!;
    const expected: { id: string; text: string }[] = [];
    for (const lesson of chapter.lessons) {
      const anchor = `lesson-${lesson.number.replace('.', '-')}`;
      expected.push({ id: `${anchor}-title`, text: `${lesson.number} ${lesson.title}` });
      for (const h of await lessonHeadings(page, lesson.path)) expected.push({ id: `${anchor}--${h.id}`, text: h.text });
    }
    for (const edition of [CHAPTER, COURSE]) {
      await page.goto(edition);
      const printed = await page
        .locator('.print-lesson :is(h2, h3, h4, h5)[id^="lesson-"]')
        .evaluateAll((hs) => hs.map((h) => ({ id: h.id, text: h.textContent!.replace(/\s+/g, ' ').trim() })));
      expect(printed, edition).toEqual(expected);
      await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link')).toHaveText(
        chapter.lessons.map((l) => `${l.number} ${l.title}`),
      );
    }
  });

  test('has a cover with the title, the date of the build, the licence and the AI-generated notice', async ({ page }) => {
    await page.goto(CHAPTER);
    const cover = page.locator('.print-cover');
    await expect(cover.getByRole('heading', { level: 1 })).toHaveText('Chapter 9: Fine-Tuning');
    await expect(cover).toContainText('Working with Large Language Models');
    await expect(cover).toContainText(/Built on [A-Z][a-z]+ \d{1,2}, \d{4}\./);
    await expect(cover).toContainText('CC BY 4.0');
    await expect(cover.getByRole('complementary', { name: 'AI-generated content.' })).toBeVisible();
  });

  test('without the answer key holds no answer: no explanation, model answer, hint, why text or numeric answer', async ({ page }) => {
    const course = await outline(page);
    const answers = (await Promise.all(course.chapters[0]!.lessons.map((l) => answerTexts(page, l.path)))).flat();
    expect(answers.length, 'the chapter has answers to hide').toBeGreaterThan(40);
    for (const edition of [CHAPTER, COURSE]) {
      await page.goto(edition);
      const text = norm((await page.locator('body').textContent()) ?? '');
      const leaked = answers.filter((a) => text.includes(a));
      expect(leaked, `${edition} shows answers`).toEqual([]);
      await expect(page.getByRole('heading', { name: 'Answer key' })).toHaveCount(0);
    }
  });

  test('with the answer key holds every answer of every question, in the key at the end', async ({ page }) => {
    const course = await outline(page);
    const answers = (await Promise.all(course.chapters[0]!.lessons.map((l) => answerTexts(page, l.path)))).flat();
    for (const edition of [CHAPTER_KEY, COURSE_KEY]) {
      await page.goto(edition);
      const key = page.locator('#answer-key');
      await expect(key.getByRole('heading', { name: 'Answer key', level: 2 })).toBeVisible();
      const text = norm((await key.textContent()) ?? '');
      expect(
        answers.filter((a) => !text.includes(a)),
        `${edition} is missing answers`,
      ).toEqual([]);
      // The questions themselves still carry no answer: the key is the only place.
      const body = norm((await page.locator('.print-lesson').allTextContents()).join(' '));
      expect(answers.filter((a) => body.includes(a))).toEqual([]);
    }
  });

  test('marks the right choices in the key and links each question to its answer and back', async ({ page }) => {
    await page.goto(CHAPTER_KEY);
    const entry = page.locator('#key-lesson-9-1--q-json-format');
    await expect(entry.locator('.is-right')).toContainText('Right: Fine-tuning');
    await expect(entry.locator('.is-wrong')).toContainText('Wrong: RAG');
    await page.locator('#lesson-9-1--q-json-format').getByRole('link', { name: 'Answer in the key' }).click();
    await expect(page).toHaveURL(/#key-lesson-9-1--q-json-format$/);
    await entry.getByRole('link', { name: 'Question 1' }).click();
    await expect(page).toHaveURL(/#lesson-9-1--q-json-format$/);
  });

  test('is reached by "With the answer key" and back, and from each lesson by "Print this chapter"', async ({ page }) => {
    await page.goto(LESSONS.lora);
    await page.getByRole('link', { name: 'Print this chapter' }).click();
    await expect(page).toHaveURL(CHAPTER);
    await page.getByRole('link', { name: 'With the answer key' }).click();
    await expect(page).toHaveURL(CHAPTER_KEY);
    await page.getByRole('link', { name: 'Without the answer key' }).click();
    await expect(page).toHaveURL(CHAPTER);
    await page.goto('/');
    const onPaper = page.getByRole('region', { name: 'On paper' });
    await onPaper.getByRole('link', { name: 'The whole course', exact: true }).click();
    await expect(page).toHaveURL(COURSE);
  });

  test('links a lesson to another lesson of the document within it, and prints the address of an external link', async ({ page }) => {
    await page.goto(CHAPTER);
    const toCommonMistakes = page.locator('#lesson-9-2').getByRole('link', { name: 'lesson 9.1' });
    await expect(toCommonMistakes).toHaveAttribute('href', '#lesson-9-1--common-mistakes');
    await expect(page.locator('#lesson-9-1--common-mistakes')).toHaveCount(1);
    const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length - new Set(ids).size, 'ids are unique in the document').toBe(0);
    const targets = await page.locator('a[href^="#"]').evaluateAll((as) => as.map((a) => decodeURIComponent(a.getAttribute('href')!.slice(1))));
    expect(targets.filter((t) => t !== '' && !ids.includes(t))).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    const pricing = page.getByRole('link', { name: 'OpenAI’s current pricing page' });
    expect(await pricing.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('" (https://openai.com/api/pricing/)"');
    expect(await toCommonMistakes.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
  });

  test('prints the widgets as what they teach: the flowchart tree, the figures and tables, and no input or button', async ({ page }) => {
    await page.goto(CHAPTER);
    const lessons = page.locator('.print-lesson');
    // Code blocks keep their Copy button on screen (print hides it); nothing else in a lesson is a control.
    await expect(lessons.locator('input, button:not(.copy-button), select, textarea, canvas, astro-island')).toHaveCount(0);
    await page.emulateMedia({ media: 'print' });
    await expect(lessons.locator('.copy-button').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    const flowchart = page.locator('#lesson-9-1 .print-flowchart');
    await expect(flowchart.getByText('Can prompting solve it?', { exact: true })).toBeVisible();
    await expect(flowchart.getByRole('link', { name: 'Read more: None of these: prompt engineer harder' })).toHaveAttribute(
      'href',
      '#lesson-9-1--decide-prompt-harder',
    );
    const calculator = page.locator('#lesson-9-1 .print-calculator');
    await expect(calculator.getByRole('group', { name: 'Your workload' })).toContainText('10,000 requests a day');
    await expect(calculator.getByRole('table', { name: /Running costs/ })).toContainText('$1,027.50');
    await expect(calculator.getByRole('table', { name: /The chart’s figures/ }).getByRole('row')).toHaveCount(7);
    const lora = page.locator('#lesson-9-3 .print-lora');
    await expect(lora).toContainText('Query (W_q), Value (W_v)');
    await expect(lora).toContainText('4,194,304');
    await expect(page.locator('#lesson-9-1').getByRole('list', { name: '9.1 Quick quiz' }).getByRole('listitem').first()).toContainText('Tick one.');
  });

  for (const theme of ['light', 'dark'] as const)
    test(`passes axe with its answer key in the ${theme} theme`, async ({ page }) => {
      // Five lessons and their key on one page: axe needs longer than on a lesson page. The other editions are made of
      // the same parts (lesson sections, the key, the bar), so the chapter's with its key stands for them.
      test.setTimeout(120_000);
      await presetTheme(page, theme);
      await page.goto(CHAPTER_KEY);
      await expectNoAxeViolations(page);
    });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test("prints every lesson from a new page, light whatever the theme, without the screen's controls", async ({ page }) => {
      await page.goto(CHAPTER_KEY);
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      await expect(page.getByRole('navigation', { name: 'This print edition' })).toBeHidden();
      const breaks = await page.locator('.print-lesson, .print-key').evaluateAll((els) => els.map((e) => getComputedStyle(e).breakBefore));
      expect(breaks).toEqual(Array(breaks.length).fill('page'));
      expect(await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(255, 255, 255)');
      const pdf = await page.pdf({ preferCSSPageSize: true });
      // A cover page, then at least one page per lesson and one for the key.
      expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1 + 5 + 1);
    });
  });
});

test(
  'the print edition is reached from a lesson and the home page, and its links stay under the deploy base',
  { tag: '@base' },
  async ({ page, at, failedResponses }) => {
    await page.goto(at(LESSONS.datasetPreparation));
    await page.getByRole('link', { name: 'Print this chapter' }).click();
    await expect(page).toHaveURL(at('/print/fine-tuning/'));
    await page.locator('#lesson-9-2').getByRole('link', { name: 'lesson 9.1' }).click();
    await expect(page).toHaveURL(at('/print/fine-tuning/#lesson-9-1--common-mistakes'));
    await expect(page.locator('#lesson-9-1--common-mistakes')).toBeInViewport();
    await page.getByRole('link', { name: 'With the answer key' }).click();
    await expect(page).toHaveURL(at('/print/fine-tuning/answers/'));
    await page.getByRole('link', { name: 'Back to the course' }).click();
    await expect(page).toHaveURL(at('/'));
    await page.getByRole('region', { name: 'On paper' }).getByRole('link', { name: 'The whole course', exact: true }).click();
    await expect(page).toHaveURL(at('/print/'));
    expect(failedResponses).toEqual([]);
  },
);
