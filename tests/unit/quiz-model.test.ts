import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  describeScore,
  emptyState,
  feedbackFor,
  isAnswered,
  questionSignature,
  scoreQuiz,
  selectChoice,
  setMark,
  setRevealed,
  tryAgain,
  type ChoiceQuestion,
  type QuestionState,
} from '../../src/lib/quiz-model';
import { open, p, single } from './helpers/questions';

const multiple: ChoiceQuestion = {
  ...single,
  id: 'q-many',
  kind: 'multiple',
  choices: [
    { text: 'A', correct: true },
    { text: 'B', correct: false },
    { text: 'C', correct: true },
  ],
};

const pick = (q: ChoiceQuestion, ...indexes: number[]) => indexes.reduce((s, i) => selectChoice(q, s, i, true), emptyState(q));

describe('choosing and checking', () => {
  it('keeps one choice for single choice and toggles choices for multiple choice', () => {
    expect(pick(single, 0, 1).selected).toEqual([1]);
    expect(pick(multiple, 2, 0).selected).toEqual([0, 2]);
    expect(selectChoice(multiple, pick(multiple, 0, 2), 0, false).selected).toEqual([2]);
  });

  it.each([
    { q: single, chosen: [1], result: 'right' },
    { q: single, chosen: [0], result: 'wrong' },
    { q: multiple, chosen: [0, 2], result: 'right' },
    { q: multiple, chosen: [0], result: 'wrong' },
    { q: multiple, chosen: [0, 1, 2], result: 'wrong' },
  ])('checks $q.kind choice $chosen as $result', ({ q, chosen, result }) => {
    expect(checkAnswer(q, pick(q, ...chosen)).result).toBe(result);
  });

  it('does nothing when Check is pressed with nothing chosen', () => {
    const s = emptyState(single);
    expect(checkAnswer(single, s)).toBe(s);
  });

  it('locks the choices after a Check until Try again, which clears them but keeps the typed reasoning', () => {
    const checked = checkAnswer(single, { ...pick(single, 0), text: 'My reasoning' });
    expect(selectChoice(single, checked, 1, true)).toBe(checked);
    const again = tryAgain(checked);
    expect(again).toMatchObject({ selected: [], result: null, text: 'My reasoning' });
    expect(selectChoice(single, again, 1, true).selected).toEqual([1]);
  });

  it('ignores a choice index the question does not have', () => {
    const s = emptyState(single);
    expect(selectChoice(single, s, 5, true)).toBe(s);
  });

  it('gives the feedback for each chosen choice', () => {
    expect(feedbackFor(single, pick(single, 0))).toEqual([{ choice: single.choices[0], index: 0 }]);
  });
});

describe('scoring', () => {
  it('counts right Checks and "I got it right" as correct, and any Check, reveal or verdict as answered', () => {
    const states: QuestionState[] = [
      checkAnswer(single, pick(single, 1)),
      setRevealed(emptyState(multiple), true),
      setMark(setRevealed(emptyState(open), true), 'right'),
    ];
    const score = scoreQuiz([single, multiple, open], states);
    expect(score).toEqual({ correct: 2, answered: 3, total: 3 });
    expect(describeScore(score)).toBe('2 of 3 correct, 3 of 3 answered');
  });

  it('does not count a wrong Check or an untouched question as correct', () => {
    const score = scoreQuiz([single, open], [checkAnswer(single, pick(single, 0)), emptyState(open)]);
    expect(score).toEqual({ correct: 0, answered: 1, total: 2 });
  });

  it('clears a verdict when the same verdict is chosen again', () => {
    const marked = setMark(emptyState(open), 'wrong');
    expect(marked.mark).toBe('wrong');
    expect(setMark(marked, 'wrong').mark).toBeNull();
    expect(isAnswered(setMark(marked, 'wrong'))).toBe(false);
  });
});

describe('questionSignature', () => {
  it('changes when the prompt, a choice or the right answer changes, but not when an explanation is reworded', () => {
    const sig = questionSignature(single);
    expect(questionSignature({ ...single, explanation: p('Reworded.') })).toBe(sig);
    expect(questionSignature({ ...single, prompt: 'Another prompt' })).not.toBe(sig);
    expect(questionSignature({ ...single, choices: [single.choices[0]!, { text: 'Prompting', correct: true }] })).not.toBe(sig);
    expect(
      questionSignature({
        ...single,
        choices: [
          { ...single.choices[0]!, correct: true },
          { ...single.choices[1]!, correct: false },
        ],
      }),
    ).not.toBe(sig);
  });
});
