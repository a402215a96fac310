import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  describeScore,
  emptyState,
  feedbackFor,
  isAnswered,
  scoreQuiz,
  selectChoice,
  setMark,
  setRevealed,
  tryAgain,
  type LiveChoiceQuestion,
  type QuestionState,
} from '../../src/lib/quiz-model';
import { questionSignature } from '../../src/build/quiz-island';
import { line, live, p, single } from './helpers/questions';

const multiple: LiveChoiceQuestion = { kind: 'multiple', id: 'q-many', sig: 'many', right: [true, false, true] };

const pick = (q: LiveChoiceQuestion, ...indexes: number[]) => indexes.reduce((s, i) => selectChoice(q, s, i, true), emptyState(q.sig));

describe('choosing and checking', () => {
  it('keeps one choice for single choice and toggles choices for multiple choice', () => {
    expect(pick(live.single, 0, 1).selected).toEqual([1]);
    expect(pick(multiple, 2, 0).selected).toEqual([0, 2]);
    expect(selectChoice(multiple, pick(multiple, 0, 2), 0, false).selected).toEqual([2]);
  });

  it.each([
    { q: live.single, chosen: [1], result: 'right' },
    { q: live.single, chosen: [0], result: 'wrong' },
    { q: multiple, chosen: [0, 2], result: 'right' },
    { q: multiple, chosen: [0], result: 'wrong' },
    { q: multiple, chosen: [0, 1, 2], result: 'wrong' },
  ])('checks $q.kind choice $chosen as $result', ({ q, chosen, result }) => {
    expect(checkAnswer(q, pick(q, ...chosen)).result).toBe(result);
  });

  it('does nothing when Check is pressed with nothing chosen', () => {
    const s = emptyState(live.single.sig);
    expect(checkAnswer(live.single, s)).toBe(s);
  });

  it('locks the choices after a Check until Try again, which clears them but keeps the typed reasoning', () => {
    const checked = checkAnswer(live.single, { ...pick(live.single, 0), text: 'My reasoning' });
    expect(selectChoice(live.single, checked, 1, true)).toBe(checked);
    const again = tryAgain(checked);
    expect(again).toMatchObject({ selected: [], result: null, text: 'My reasoning' });
    expect(selectChoice(live.single, again, 1, true).selected).toEqual([1]);
  });

  it('ignores a choice index the question does not have', () => {
    const s = emptyState(live.single.sig);
    expect(selectChoice(live.single, s, 5, true)).toBe(s);
  });

  it('gives the feedback for each chosen choice', () => {
    expect(feedbackFor(live.single, pick(live.single, 0))).toEqual([0]);
  });
});

describe('scoring', () => {
  it('counts right Checks and "I got it right" as correct, and any Check, reveal or verdict as answered', () => {
    const states: QuestionState[] = [
      checkAnswer(live.single, pick(live.single, 1)),
      setRevealed(emptyState(multiple.sig), true),
      setMark(setRevealed(emptyState(live.open.sig), true), 'right'),
    ];
    const score = scoreQuiz([live.single, multiple, live.open], states);
    expect(score).toEqual({ correct: 2, answered: 3, total: 3 });
    expect(describeScore(score)).toBe('2 of 3 correct, 3 of 3 answered');
  });

  it('does not count a wrong Check or an untouched question as correct', () => {
    const score = scoreQuiz([live.single, live.open], [checkAnswer(live.single, pick(live.single, 0)), emptyState(live.open.sig)]);
    expect(score).toEqual({ correct: 0, answered: 1, total: 2 });
  });

  it('clears a verdict when the same verdict is chosen again', () => {
    const marked = setMark(emptyState(live.open.sig), 'wrong');
    expect(marked.mark).toBe('wrong');
    expect(setMark(marked, 'wrong').mark).toBeNull();
    expect(isAnswered(setMark(marked, 'wrong'))).toBe(false);
  });
});

describe('questionSignature', () => {
  it('changes when the prompt, a choice or the right answer changes, but not when an explanation is reworded', () => {
    const sig = questionSignature(single);
    expect(questionSignature({ ...single, explanation: p('Reworded.') })).toBe(sig);
    // Markup is not wording: the fingerprint reads the text a learner sees.
    expect(questionSignature({ ...single, prompt: { ...single.prompt, html: `<em>${single.prompt.html}</em>` } })).toBe(sig);
    expect(questionSignature({ ...single, prompt: line('Another prompt') })).not.toBe(sig);
    expect(questionSignature({ ...single, choices: [single.choices[0]!, { label: line('Prompting'), correct: true }] })).not.toBe(sig);
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
