import { describe, expect, it } from 'vitest';
import { checkAnswer, emptyState, selectChoice, setMark, setRevealed, tryAgain } from '../../src/lib/quiz-model';
import { emptyProgress, withoutStale, withQuestionState } from '../../src/lib/progress-format';
import {
  BOXES,
  INTERVALS,
  addDays,
  daysBetween,
  describeCard,
  describeNext,
  firstCard,
  isMissed,
  localDay,
  nextCard,
  reviewQueue,
  reviewVerdict,
  withAnswer,
  withoutQuestion,
  withReviewResult,
} from '../../src/lib/review-schedule';
import { live } from './helpers/questions';

const { single, open } = live;
const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const B = '/fine-tuning/dataset-preparation/';

/** Noon on a local calendar day: the tests run in whatever time zone the machine has. */
const at = (day: string, hour = 12) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour, 30);
};
const wrong = checkAnswer(single, selectChoice(single, emptyState(single.sig), 0, true));
const right = checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true));

describe('calendar days', () => {
  it.each([
    { day: '2026-01-31', n: 1, after: '2026-02-01' },
    { day: '2026-02-28', n: 1, after: '2026-03-01' },
    { day: '2028-02-28', n: 1, after: '2028-02-29' },
    { day: '2026-12-31', n: 1, after: '2027-01-01' },
    { day: '2026-03-28', n: 2, after: '2026-03-30' },
    { day: '2026-10-24', n: 16, after: '2026-11-09' },
    { day: '2026-03-01', n: -1, after: '2026-02-28' },
  ])('counts $n days after $day as $after, across month ends and clock changes', ({ day, n, after }) => {
    expect(addDays(day, n)).toBe(after);
    expect(daysBetween(day, after)).toBe(n);
  });

  it.each([
    { what: 'just after midnight', now: new Date(2026, 2, 29, 0, 5), day: '2026-03-29' },
    { what: 'just before midnight', now: new Date(2026, 2, 29, 23, 55), day: '2026-03-29' },
    { what: 'on the first of a month', now: new Date(2026, 9, 1, 9), day: '2026-10-01' },
  ])('takes the learner’s own calendar day $what', ({ now, day }) => {
    expect(localDay(now)).toBe(day);
  });
});

describe('Leitner boxes', () => {
  it('has five boxes that wait 1, 2, 4, 8 and 16 days', () => {
    expect(BOXES).toBe(5);
    expect(INTERVALS).toEqual([1, 2, 4, 8, 16]);
  });

  it('puts a question just missed in box 1, due the next day, even late in the evening', () => {
    expect(firstCard(at('2026-01-31', 23))).toEqual({ box: 1, due: '2026-02-01' });
  });

  it.each([
    { box: 1, right: true, next: { box: 2, due: '2026-03-31' } },
    { box: 2, right: true, next: { box: 3, due: '2026-04-02' } },
    { box: 3, right: true, next: { box: 4, due: '2026-04-06' } },
    { box: 4, right: true, next: { box: 5, due: '2026-04-14' } },
    { box: 5, right: true, next: { box: 5, due: '2026-04-14' } },
    { box: 4, right: false, next: { box: 1, due: '2026-03-30' } },
    { box: 1, right: false, next: { box: 1, due: '2026-03-30' } },
  ])('moves a card from box $box to $next.box when the answer is right: $right', ({ box, right: ok, next }) => {
    expect(nextCard({ box, due: '2026-03-20' }, ok, at('2026-03-29'))).toEqual(next);
  });
});

describe('missed questions', () => {
  it.each([
    { what: 'a wrong first try', state: wrong, missed: true },
    { what: 'a wrong first try put right by Try again', state: checkAnswer(single, selectChoice(single, tryAgain(wrong), 1, true)), missed: true },
    { what: 'an answer opened before trying', state: setRevealed(single, emptyState(single.sig), true), missed: true },
    { what: 'an open answer marked wrong', state: setMark({ ...emptyState(open.sig), text: 'x' }, 'wrong'), missed: true },
    { what: 'a right first try', state: right, missed: false },
    { what: 'an open answer marked right', state: setMark({ ...emptyState(open.sig), text: 'x' }, 'right'), missed: false },
    { what: 'a question not answered', state: emptyState(single.sig), missed: false },
  ])('counts $what as missed: $missed', ({ state, missed }) => {
    expect(isMissed(state)).toBe(missed);
  });

  it('schedules a question when it is first missed in its lesson, and not again when the learner tries again', () => {
    const day1 = withAnswer(emptyProgress(), A, single.id, wrong, at('2026-05-10'));
    expect(day1.lessons[A]!.review).toEqual({ [single.id]: { box: 1, due: '2026-05-11' } });
    const later = withAnswer(day1, A, single.id, tryAgain(wrong), at('2026-05-12'));
    expect(later.lessons[A]!.review[single.id]).toEqual({ box: 1, due: '2026-05-11' });
    expect(later.lessons[A]!.answers[single.id]).toEqual(tryAgain(wrong));
  });

  it('leaves a question answered right out of review', () => {
    expect(withAnswer(emptyProgress(), A, single.id, right, at('2026-05-10')).lessons[A]!.review).toEqual({});
  });
});

describe('the review queue', () => {
  const scheduled = withAnswer(withAnswer(emptyProgress(), A, single.id, wrong, at('2026-05-10')), B, 'q-b', wrong, at('2026-05-12'));

  it.each([
    { day: '2026-05-10', due: [], next: 1, words: 'Next review tomorrow' },
    { day: '2026-05-11', due: [single.id], next: 2, words: 'Next review in 2 days' },
    { day: '2026-05-13', due: [single.id, 'q-b'], next: undefined, words: 'Nothing to review' },
  ])('on $day has $due due, and says "$words" about the rest', ({ day, due, next, words }) => {
    const queue = reviewQueue(scheduled, at(day));
    expect(queue.due.map((item) => item.id)).toEqual(due);
    expect(queue.nextInDays).toBe(next);
    expect(describeNext(queue.nextInDays)).toBe(words);
  });

  it('moves a question answered right in review up a box and out of today’s queue, until its day comes', () => {
    const reviewed = withReviewResult(scheduled, A, single.id, true, at('2026-05-11'));
    expect(reviewed.lessons[A]!.review[single.id]).toEqual({ box: 2, due: '2026-05-13' });
    expect(reviewQueue(reviewed, at('2026-05-11')).due).toEqual([]);
    expect(describeCard(reviewed.lessons[A]!.review[single.id]!, at('2026-05-11'))).toBe('Due again in 2 days');
    // Due the same day: lesson by lesson.
    expect(reviewQueue(reviewed, at('2026-05-13')).due.map((i) => i.id)).toEqual(['q-b', single.id]);
  });

  it('sends a question answered wrong in review back to box 1, due tomorrow', () => {
    const up = withReviewResult(scheduled, A, single.id, true, at('2026-05-11'));
    const back = withReviewResult(up, A, single.id, false, at('2026-05-13'));
    expect(back.lessons[A]!.review[single.id]).toEqual({ box: 1, due: '2026-05-14' });
    expect(describeCard(back.lessons[A]!.review[single.id]!, at('2026-05-13'))).toBe('Due again tomorrow');
  });

  it('counts a question missed before review existed as due today, unless it has been reworded since and its quiz has loaded', () => {
    const old = withQuestionState(emptyProgress(), A, single.id, wrong);
    expect(reviewQueue(old, at('2026-05-10')).due).toEqual([{ lesson: A, id: single.id, card: { box: 1, due: '2026-05-10' } }]);
    expect(reviewQueue(withoutStale(old, A, [{ ...single, sig: 'other' }]), at('2026-05-10')).due).toEqual([]);
  });

  it('takes a reworded question’s card out of review once its quiz has loaded, and keeps the others', () => {
    const reworded = withoutStale(scheduled, A, [{ ...single, sig: 'other' }]);
    expect(reviewQueue(reworded, at('2026-05-20')).due.map((i) => i.id)).toEqual(['q-b']);
    expect(reworded.lessons[A]!.review).toEqual({});
  });

  it('forgets a question its lesson no longer has, card and answer', () => {
    expect(reviewQueue(withoutQuestion(scheduled, A, single.id), at('2026-05-20')).due.map((i) => i.id)).toEqual(['q-b']);
  });
});

describe('a review attempt', () => {
  it.each([
    { what: 'a choice question checked right', q: single, state: right, verdict: true },
    { what: 'a choice question checked wrong', q: single, state: wrong, verdict: false },
    { what: 'a choice question with its answer opened first', q: single, state: setRevealed(single, emptyState(single.sig), true), verdict: false },
    { what: 'a choice question not checked yet', q: single, state: selectChoice(single, emptyState(single.sig), 1, true), verdict: undefined },
    { what: 'an open answer marked right', q: open, state: setMark({ ...emptyState(open.sig), text: 'x' }, 'right'), verdict: true },
    { what: 'an open answer written, not marked', q: open, state: { ...emptyState(open.sig), text: 'x' }, verdict: undefined },
  ])('counts $what as $verdict', ({ q, state, verdict }) => {
    expect(reviewVerdict(q, state)).toBe(verdict);
  });
});
