import { describe, expect, it } from 'vitest';
import { parseQuiz, QuizContentError } from '../../src/schemas/quiz';

// The quiz mistakes that content-errors.test.ts does not build, with the place <Quiz> passes (src/components/quiz/
// Quiz.astro): the same messages, checked in-process. (A fixture build there proves a quiz's message reaches the build
// output with the lesson file named.)
const format = {
  id: 'q-format',
  kind: 'single',
  prompt: 'Which approach fixes a format problem?',
  choices: [{ text: 'RAG' }, { text: 'Fine-tuning', correct: true }],
  explanation: 'Format is what fine-tuning is good at.',
};

describe('a quiz in a lesson', () => {
  it.each([
    {
      problem: 'a question with no correct choice',
      source: 'content/lessons/no-correct.mdx',
      questions: [
        format,
        { ...format, id: 'q-knowledge', prompt: 'Which approach adds new knowledge?', choices: [{ text: 'Fine-tuning' }, { text: 'RAG' }] },
      ],
      says: ['quiz "quiz", question 2 ("q-knowledge")', 'no choice is marked correct'],
    },
    {
      problem: 'a single-choice question with two correct choices',
      source: 'content/lessons/two-correct.mdx',
      questions: [
        {
          ...format,
          id: 'q-style',
          choices: [{ text: 'Prompting', correct: true }, { text: 'Fine-tuning', correct: true }, { text: 'RAG' }],
        },
      ],
      says: ['question 1 ("q-style")', 'a single-choice question has 2 correct choices ("Prompting", "Fine-tuning")'],
    },
    {
      problem: 'two questions with one id',
      source: 'content/lessons/duplicate-id.mdx',
      questions: [format, { ...format, prompt: 'Asked twice under one id?' }],
      says: ['question 2 ("q-format")', '"id" "q-format" is used by another question'],
    },
    {
      problem: 'an empty prompt',
      source: 'content/lessons/empty-prompt.mdx',
      questions: [format, { id: 'q-forgetting', kind: 'open', prompt: '', modelAnswer: 'Losing general abilities after fine-tuning on one task.' }],
      says: ['question 2 ("q-forgetting")', '"prompt" is empty'],
    },
    {
      problem: 'an empty choice',
      source: 'content/lessons/empty-choice.mdx',
      questions: [{ ...format, id: 'q-blank-choice', choices: [{ text: 'RAG', correct: true }, { text: '   ' }] }],
      says: ['question 1 ("q-blank-choice"), choice 2', '"text" is empty'],
    },
  ])('is refused for $problem with a message naming the lesson file, the quiz and the question', ({ source, questions, says }) => {
    const parse = () => parseQuiz({ id: 'quiz', questions }, { source, quizId: 'quiz' });
    expect(parse).toThrow(QuizContentError);
    for (const text of [`${source}: quiz "quiz"`, ...says]) expect(parse).toThrow(text);
  });
});
