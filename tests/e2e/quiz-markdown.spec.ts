import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { LESSONS, NOT_LIVE } from './helpers';

// Quizzes are written as Markdown (src/components/quiz/README.md). quiz-text.json holds every question of 9.1 and
// 9.2 as the pages showed them when their quizzes were still JavaScript props (spelling since made American, the
// course's one spelling, in #16): the Markdown must say the same. 9.1's numeric and ordering questions joined it with #18,
// with their items, hints and answer.
interface Choice {
  text: string;
  correct: boolean;
  why?: string | undefined;
}
interface Question {
  id: string;
  prompt: string;
  choices?: Choice[];
  explanation?: string;
  model?: string;
  items?: string[];
  hints?: string[];
  answer?: string;
  sig: string;
}
type Golden = Record<string, Record<string, Question[]>>;
const golden: Golden = JSON.parse(await readFile(new URL('./fixtures/quiz-text.json', import.meta.url), 'utf8'));

/** The text of every slot of question `n` of the quiz around `id`, as a reader sees it (copy buttons left out). */
function readQuestion(page: Page, id: string, n: number) {
  return page.locator(`#${id}`).evaluate((root, n) => {
    const text = (name: string) => {
      const slot = root.querySelector(`astro-slot[name="${name}"]`);
      if (!slot) return undefined;
      const copy = slot.cloneNode(true) as Element;
      copy.querySelectorAll('.copy-button').forEach((b) => b.remove());
      // Smart punctuation now curls an apostrophe, as it does in the lesson's prose: the words are the same.
      return copy.textContent!.replace(/[‘’]/g, "'").replace(/\s+/g, ' ').trim();
    };
    const choices: Choice[] = [];
    for (let c = 0; root.querySelector(`astro-slot[name="q${n}c${c}"]`); c++) {
      const choice = {
        text: text(`q${n}c${c}`)!,
        correct: root.querySelectorAll('.quiz-key li')[c]!.classList.contains('is-right'),
        why: text(`q${n}w${c}`),
      };
      choices.push(choice);
    }
    const list = (part: string) => {
      const texts: string[] = [];
      for (let i = 0; root.querySelector(`astro-slot[name="q${n}${part}${i}"]`); i++) texts.push(text(`q${n}${part}${i}`)!);
      return texts.length ? texts : undefined;
    };
    return {
      prompt: text(`q${n}p`),
      choices: choices.length ? choices : undefined,
      items: list('i'),
      hints: list('h'),
      answer: text(`q${n}a`),
      explanation: text(`q${n}x`),
      model: text(`q${n}m`),
    };
  }, n);
}

test.describe('a quiz written in Markdown', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    for (const [path, quizzes] of Object.entries(golden)) {
      test(`keeps every question, choice, explanation and model answer of ${path} word for word, and each saved answer`, async ({ page }) => {
        await page.goto(path);
        for (const [quizId, questions] of Object.entries(quizzes)) {
          const published = (await (await page.request.get(`${path}questions.json`)).json()) as {
            quizzes: { questions: { question: { id: string; sig: string } }[] }[];
          };
          const signatures = published.quizzes.map((quiz) => Object.fromEntries(quiz.questions.map(({ question: q }) => [q.id, q.sig])));
          const quizManifest = signatures.find((m) => questions[0]!.id in m)!;
          const ids = Object.keys(quizManifest);
          for (const { sig, ...was } of questions) {
            const strip = (o: object) => JSON.parse(JSON.stringify(o));
            expect(strip(await readQuestion(page, was.id, ids.indexOf(was.id))), `${quizId} ${was.id}`).toEqual(strip({ ...was, id: undefined }));
            // The same fingerprint: answers a learner saved before the move to Markdown still belong to the question.
            expect(quizManifest[was.id], `${was.id} signature`).toBe(sig);
          }
        }
      });
    }
  });

  test('shows highlighted code in a question, copies it, and links to the lesson section it draws on', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(LESSONS.datasetPreparation);
    const quiz = page.getByRole('region', { name: 'Quick quiz', exact: true });
    await quiz.scrollIntoViewIfNeeded();
    await expect(page.locator(NOT_LIVE).filter({ has: quiz })).toHaveCount(0);
    const q = quiz.getByRole('group', { name: /^Question 3\b/ });
    await expect(q).toContainText('What is wrong with this one?');
    const code = q.locator('pre[data-language="jsonl"]');
    await expect(code.locator('span[class]').first()).toBeVisible();
    await q.getByRole('button', { name: 'Copy code' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('"role": "user", "content": "Go to Settings');

    await q.getByLabel('The reply has the role user, so there is no assistant message to learn from').check();
    await q.getByRole('button', { name: 'Check' }).click();
    const feedback = page.locator(':focus');
    await expect(feedback).toContainText('Correct.');
    await feedback.getByRole('link', { name: 'Chat-format JSONL' }).click();
    await expect(page).toHaveURL(/\/fine-tuning\/dataset-preparation\/#chat-format-jsonl$/);
    await expect(page.getByRole('heading', { name: 'Chat-format JSONL' })).toBeInViewport();
  });
});
