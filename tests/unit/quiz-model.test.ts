import { describe, expect, it } from 'vitest';
import {
  canShowHint,
  checkAnswer,
  hasAttempt,
  recordCheck,
  showHint,
  checkScoreNote,
  describeScore,
  emptyState,
  feedbackFor,
  isAnswered,
  questionStatus,
  scoreQuiz,
  selectChoice,
  setMark,
  setRevealed,
  tryAgain,
  type LiveChoiceQuestion,
  type LiveNumericQuestion,
  type LiveOrderingQuestion,
  type LiveQuestion,
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

describe('first attempts and revealed answers', () => {
  it('keeps the first Check through Try again, while the latest Check drives the feedback', () => {
    const wrongFirst = checkAnswer(live.single, pick(live.single, 0));
    const rightAfter = checkAnswer(live.single, selectChoice(live.single, tryAgain(wrongFirst), 1, true));
    expect(rightAfter).toMatchObject({ result: 'right', first: 'wrong' });
    expect(questionStatus(live.single, rightAfter)).toBe('wrong');
  });

  it.each([
    { what: 'an answer opened before any Check', state: () => setRevealed(live.single, emptyState(live.single.sig), true), peeked: true },
    {
      what: 'an answer opened after a Check',
      state: () => setRevealed(live.single, checkAnswer(live.single, pick(live.single, 0)), true),
      peeked: false,
    },
    { what: 'a model answer opened before writing anything', state: () => setRevealed(live.open, emptyState(live.open.sig), true), peeked: true },
    {
      what: 'a model answer opened with only spaces typed',
      state: () => setRevealed(live.open, { ...emptyState(live.open.sig), text: '  ' }, true),
      peeked: true,
    },
    {
      what: 'a model answer opened after writing one',
      state: () => setRevealed(live.open, { ...emptyState(live.open.sig), text: 'Losing skills' }, true),
      peeked: false,
    },
  ])('treats $what as seen first: $peeked', ({ state, peeked }) => {
    expect(state().peeked).toBe(peeked);
  });

  it('counts a question whose answer was opened first as revealed, even after folding it and checking the right choice', () => {
    const peeked = setRevealed(live.single, setRevealed(live.single, emptyState(live.single.sig), true), false);
    const checked = checkAnswer(live.single, selectChoice(live.single, peeked, 1, true));
    expect(checked.result).toBe('right');
    expect(questionStatus(live.single, checked)).toBe('revealed');
    expect(isAnswered(checked)).toBe(false);
  });

  it('clears a verdict when the same verdict is chosen again', () => {
    const marked = setMark(emptyState(live.open.sig), 'wrong');
    expect(marked.mark).toBe('wrong');
    expect(setMark(marked, 'wrong').mark).toBeNull();
    expect(isAnswered(setMark(marked, 'wrong'))).toBe(false);
  });
});

describe('scoring', () => {
  const untouched = (q: LiveQuestion) => emptyState(q.sig);
  it.each([
    {
      what: 'nothing done',
      states: [untouched(live.single), untouched(multiple), untouched(live.open)],
      says: '0 of 3 right at the first try, 3 not answered yet',
    },
    {
      what: 'a right first Check, a revealed answer and a self-marked open answer',
      states: [
        checkAnswer(live.single, pick(live.single, 1)),
        setRevealed(multiple, emptyState(multiple.sig), true),
        setMark(setRevealed(live.open, { ...emptyState(live.open.sig), text: 'Mine' }, true), 'right'),
      ],
      says: '2 of 3 right at the first try, 1 revealed before answering',
    },
    {
      what: 'a wrong first Check put right by Try again, and an open answer marked "Not yet"',
      states: [
        checkAnswer(live.single, selectChoice(live.single, tryAgain(checkAnswer(live.single, pick(live.single, 0))), 1, true)),
        untouched(multiple),
        setMark({ ...emptyState(live.open.sig), text: 'Mine' }, 'wrong'),
      ],
      says: '0 of 3 right at the first try, 2 wrong, 1 not answered yet',
    },
    {
      what: 'an open answer marked right after its model answer was read with nothing written',
      states: [untouched(live.single), untouched(multiple), setMark(setRevealed(live.open, emptyState(live.open.sig), true), 'right')],
      says: '0 of 3 right at the first try, 1 revealed before answering, 2 not answered yet',
    },
  ])('says plainly what it counts: $what', ({ states, says }) => {
    expect(describeScore(scoreQuiz([live.single, multiple, live.open], states))).toBe(says);
  });

  it('counts a question with no state as not answered', () => {
    expect(scoreQuiz([live.single, live.open], [checkAnswer(live.single, pick(live.single, 0))])).toEqual({
      right: 0,
      wrong: 1,
      revealed: 0,
      unanswered: 1,
      total: 2,
      hinted: 0,
    });
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

describe('checkScoreNote', () => {
  const base = emptyState(live.single.sig);
  it.each([
    { case: 'a first Check', s: { ...base, result: 'right' as const, first: 'right' as const }, says: '' },
    {
      case: 'a right Check after a wrong first try',
      s: { ...base, result: 'right' as const, first: 'wrong' as const },
      says: 'keeps your first try',
    },
    { case: 'a Check after peeking, answer folded again', s: { ...base, peeked: true, result: 'right' as const }, says: 'counts as revealed' },
    { case: 'a Check with the peeked answer still open', s: { ...base, peeked: true, revealed: true }, says: '' },
  ])('says what the score makes of $case', ({ s, says }) => {
    const note = checkScoreNote(s);
    if (says === '') expect(note).toBe('');
    else expect(note).toContain(says);
  });
});

describe('numeric and ordering questions', () => {
  const numeric: LiveNumericQuestion = { kind: 'numeric', id: 'q-n', sig: 'n', value: 2055, tolerance: 0.01, unit: 'USD' };
  const ordering: LiveOrderingQuestion = { kind: 'ordering', id: 'q-o', sig: 'o', start: [2, 0, 1] };

  it('count by their first Check, like a choice question: Try again keeps a wrong first try', () => {
    const wrong = recordCheck({ ...emptyState('n'), text: '2000' }, false);
    const retried = recordCheck({ ...tryAgain(wrong), text: '2055' }, true);
    expect(retried).toMatchObject({ result: 'right', first: 'wrong', text: '2055' });
    expect(questionStatus(numeric, retried)).toBe('wrong');
    expect(isAnswered(retried)).toBe(true);
    const right = recordCheck({ ...emptyState('o'), order: [0, 1, 2] }, true);
    expect(questionStatus(ordering, right)).toBe('right');
  });

  it('count as revealed when the answer was opened before any Check, even with a number typed', () => {
    const typed = { ...emptyState('n'), text: '2055' };
    expect(hasAttempt(numeric, typed)).toBe(false);
    expect(questionStatus(numeric, setRevealed(numeric, typed, true))).toBe('revealed');
  });
});

describe('hints', () => {
  const hinted: LiveChoiceQuestion = { ...live.single, hints: 2 };
  const shown = (s: QuestionState, times: number) => Array.from({ length: times }).reduce<QuestionState>((t) => showHint(hinted, t), s);

  it('are shown one at a time, up to as many as the question has', () => {
    const s = emptyState(hinted.sig);
    expect(shown(s, 1).hints).toBe(1);
    expect(shown(s, 2).hints).toBe(2);
    expect(shown(s, 5).hints).toBe(2);
    expect(canShowHint(hinted, shown(s, 2))).toBe(false);
    expect(canShowHint(live.single, s)).toBe(false);
  });

  it.each<[string, QuestionState]>([
    ['answered right', { ...emptyState('x'), result: 'right', first: 'right', selected: [1] }],
    ['with the answer open', { ...emptyState('x'), revealed: true }],
    ['self-marked', { ...emptyState('x'), mark: 'wrong' }],
  ])('stop once the question is %s, so the hints of a right answer were all seen before it', (_what, s) => {
    expect(canShowHint(hinted, s)).toBe(false);
    expect(showHint(hinted, s)).toBe(s);
  });

  it('stay available after a wrong Check, for the next try', () => {
    expect(canShowHint(hinted, checkAnswer(hinted, pick(hinted, 0)))).toBe(true);
  });

  it.each([
    { what: 'one right with a hint', hints: [1, 0, 0], says: '3 of 3 right at the first try (1 with a hint)' },
    { what: 'two right with hints', hints: [2, 1, 0], says: '3 of 3 right at the first try (2 with hints)' },
    { what: 'no hints', hints: [0, 0, 0], says: '3 of 3 right at the first try' },
  ])('are said plainly by the score: $what', ({ hints, says }) => {
    const right = (q: LiveChoiceQuestion, h: number): QuestionState => ({
      ...checkAnswer(q, pick(q, q.right.indexOf(true))),
      ...(h > 0 && { hints: h }),
    });
    const qs = [hinted, { ...multiple, hints: 1, right: [true, false, false] }, live.single];
    expect(
      describeScore(
        scoreQuiz(
          qs,
          qs.map((q, i) => right(q, hints[i]!)),
        ),
      ),
    ).toBe(says);
  });

  it('leave a wrong or revealed question as it is in the score, and out of the count of right ones with hints', () => {
    const wrong = { ...checkAnswer(hinted, pick(hinted, 0)), hints: 2 };
    const peeked = { ...setRevealed(hinted, emptyState(hinted.sig), true), hints: 1 };
    expect(scoreQuiz([hinted, hinted], [wrong, peeked])).toMatchObject({ wrong: 1, revealed: 1, hinted: 0 });
  });
});
