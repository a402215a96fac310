import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/astro';

// Each case is a fixture site in tests/fixtures/quiz-*/ whose one lesson holds a deliberately broken <Quiz>.
describe('a build with a broken quiz', () => {
  it.each([
    {
      name: 'quiz-no-correct',
      says: ['content/lessons/no-correct.mdx', 'quiz "quiz", question 2 ("q-knowledge")', 'no choice is marked correct'],
    },
    {
      name: 'quiz-two-correct',
      says: [
        'content/lessons/two-correct.mdx',
        'question 1 ("q-style")',
        'a single-choice question has 2 correct choices ("Prompting", "Fine-tuning")',
      ],
    },
    {
      name: 'quiz-duplicate-id',
      says: ['content/lessons/duplicate-id.mdx', 'question 2 ("q-format")', '"id" "q-format" is used by another question'],
    },
    {
      name: 'quiz-duplicate-id-across-quizzes',
      says: [
        'content/lessons/duplicate-id-across-quizzes.mdx',
        'quiz "exercise", question 1 ("q-format")',
        'is also used in quiz "quiz" on this page',
      ],
    },
    {
      name: 'quiz-empty-prompt',
      says: ['content/lessons/empty-prompt.mdx', 'question 2 ("q-forgetting")', '"prompt" is empty'],
    },
    {
      name: 'quiz-empty-choice',
      says: ['content/lessons/empty-choice.mdx', 'question 1 ("q-blank-choice"), choice 2', '"text" is empty'],
    },
  ])('fails for $name with a message naming the lesson and the question', async ({ name, says }) => {
    const { code, output } = await buildFixture(name);
    expect(code, output).not.toBe(0);
    for (const text of says) expect(output).toContain(text);
  });

  it('succeeds for a valid quiz and exercise, so the failures above come from the mistakes alone', async () => {
    const { code, output } = await buildFixture('quiz-valid');
    expect(code, output).toBe(0);
  });
});
