import { describe, expect, it } from 'vitest';
import { parseQuiz, QuizContentError } from '../../src/schemas/quiz';

const place = { source: 'content/lessons/x.mdx', quizId: 'quiz' };
const single = {
  id: 'q-format',
  kind: 'single',
  prompt: 'Which approach fixes a format problem?',
  choices: [{ text: 'RAG' }, { text: 'Fine-tuning', correct: true }],
  explanation: 'Format is what fine-tuning is good at.',
};
const open = { id: 'q-forgetting', kind: 'open', prompt: 'What is catastrophic forgetting?', modelAnswer: 'Losing general abilities.' };

function messageFor(questions: unknown): string {
  try {
    parseQuiz({ id: 'quiz', questions }, place);
  } catch (error) {
    expect(error).toBeInstanceOf(QuizContentError);
    return (error as Error).message;
  }
  throw new Error('expected the quiz to be refused');
}

describe('parseQuiz', () => {
  it('turns authoring shorthand into the shape the widget uses', () => {
    const quiz = parseQuiz(
      { id: 'quiz', questions: [single, { ...open, modelAnswer: ['First.\n\nSecond.', { code: 'x = 1', lang: 'python' }] }] },
      place,
    );
    expect(quiz.questions[0]).toEqual({
      ...single,
      choices: [
        { text: 'RAG', correct: false },
        { text: 'Fine-tuning', correct: true },
      ],
      explanation: [{ type: 'p', text: 'Format is what fine-tuning is good at.' }],
    });
    expect(quiz.questions[1]).toMatchObject({
      modelAnswer: [
        { type: 'p', text: 'First.' },
        { type: 'p', text: 'Second.' },
        { type: 'code', code: 'x = 1', lang: 'python' },
      ],
    });
  });

  it('accepts a multiple-choice question with two correct choices', () => {
    const multiple = {
      ...single,
      kind: 'multiple',
      choices: [
        { text: 'A', correct: true },
        { text: 'B', correct: true },
      ],
    };
    expect(() => parseQuiz({ id: 'quiz', questions: [multiple] }, place)).not.toThrow();
  });

  it.each([
    {
      problem: 'no correct choice',
      questions: [{ ...single, choices: [{ text: 'A' }, { text: 'B' }] }],
      says: 'question 1 ("q-format"): no choice is marked correct',
    },
    {
      problem: 'two correct choices in a single-choice question',
      questions: [
        {
          ...single,
          choices: [
            { text: 'A', correct: true },
            { text: 'B', correct: true },
          ],
        },
      ],
      says: `a single-choice question has 2 correct choices ("A", "B"): mark only one, or use kind: 'multiple'`,
    },
    {
      problem: 'a duplicate id',
      questions: [single, { ...open, id: 'q-format' }],
      says: 'question 2 ("q-format"): "id" "q-format" is used by another question',
    },
    { problem: 'an empty prompt', questions: [{ ...open, prompt: '  ' }], says: 'question 1 ("q-forgetting"): "prompt" is empty' },
    {
      problem: 'an empty choice',
      questions: [{ ...single, choices: [{ text: 'A', correct: true }, { text: '' }] }],
      says: 'question 1 ("q-format"), choice 2: "text" is empty',
    },
    { problem: 'a single choice', questions: [{ ...single, choices: [{ text: 'A', correct: true }] }], says: '"choices" needs at least two choices' },
    { problem: 'an unknown kind', questions: [{ ...single, kind: 'essay' }], says: `"kind" must be 'single', 'multiple' or 'open'` },
    { problem: 'an open question without a model answer', questions: [{ ...open, modelAnswer: undefined }], says: '"modelAnswer" is missing' },
    {
      problem: 'an empty model answer paragraph',
      questions: [{ ...open, modelAnswer: ['Fine.', ' '] }],
      says: '"modelAnswer" has an empty paragraph',
    },
    { problem: 'a choice question without an explanation', questions: [{ ...single, explanation: undefined }], says: '"explanation" is missing' },
    { problem: 'a misspelt field', questions: [{ ...single, explaination: 'typo' }], says: 'unknown field(s) "explaination"' },
    { problem: 'an id that cannot be a link', questions: [{ ...single, id: 'Question 1' }], says: '"id" may use only lowercase letters' },
    { problem: 'no questions', questions: [], says: '"questions" is empty' },
    { problem: 'questions that are not a list', questions: 'q1', says: '"questions" must be a list of questions' },
  ])('refuses $problem with a message naming the lesson, the quiz and the question', ({ questions, says }) => {
    const message = messageFor(questions);
    expect(message).toContain('content/lessons/x.mdx: quiz "quiz"');
    expect(message).toContain(says);
  });

  it('refuses a quiz id that cannot be part of an element id', () => {
    expect(() => parseQuiz({ id: 'Quick quiz', questions: [single] }, { ...place, quizId: 'Quick quiz' })).toThrow(
      'content/lessons/x.mdx: quiz "Quick quiz": the quiz "id" may use only lowercase letters',
    );
  });

  it('lists every problem, one line each', () => {
    const message = messageFor([
      { ...single, prompt: '' },
      { ...open, modelAnswer: '' },
    ]);
    expect(message.split('\n')).toEqual([
      'content/lessons/x.mdx: quiz "quiz", question 1 ("q-format"): "prompt" is empty: the question the learner answers',
      'content/lessons/x.mdx: quiz "quiz", question 2 ("q-forgetting"): "modelAnswer" is empty: the answer the learner compares theirs with',
    ]);
  });
});
