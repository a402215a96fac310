import { describe, expect, it } from 'vitest';
import { emptyProgress, withLesson, withQuestionState, type Progress } from '../../src/lib/progress-format';
import { readStored } from '../../src/lib/progress-parse';
import { describeMerge, describeReplace, mergeProgress, replaceProgress, tally } from '../../src/lib/progress-merge';
import { stampChanges } from '../../src/lib/progress-stamp';
import { createProgressStore } from '../../src/lib/progress-store';
import { checkAnswer, emptyState, selectChoice, type QuestionState } from '../../src/lib/quiz-model';
import { live } from './helpers/questions';

const { single } = live;
const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const B = '/fine-tuning/dataset-preparation/';
const right = (at?: number): QuestionState => ({
  ...checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true)),
  ...(at ? { at } : {}),
});
const wrong = (at?: number): QuestionState => ({
  ...checkAnswer(single, selectChoice(single, emptyState(single.sig), 0, true)),
  ...(at ? { at } : {}),
});
const with_ = (p: Progress, lesson: string, id: string, s: QuestionState) => withQuestionState(p, lesson, id, s);
const done = (p: Progress, lesson: string, at: string) => withLesson(p, lesson, (l) => ({ ...l, done: at }));

describe('stamping answers as they change', () => {
  it('stamps the answer a change alters and leaves the others as they were', () => {
    const before = with_(emptyProgress(), A, 'q1', right(5));
    const after = stampChanges(before, with_(before, A, 'q2', wrong()), 99);
    expect(after.lessons[A]!.answers['q1']!.at).toBe(5);
    expect(after.lessons[A]!.answers['q2']!.at).toBe(99);
  });

  it('does not stamp an answer written again unchanged, and returns the same progress when nothing changed', () => {
    const before = with_(emptyProgress(), A, 'q1', right(5));
    const again = with_(before, A, 'q1', { ...right(), at: 5 });
    expect(stampChanges(before, again, 99).lessons[A]!.answers['q1']!.at).toBe(5);
    expect(stampChanges(before, before, 99)).toBe(before);
  });

  it('counts an answer stamped before as the same answer as one not stamped yet', () => {
    const before = with_(emptyProgress(), A, 'q1', { at: 5, ...right() });
    expect(stampChanges(before, with_(before, A, 'q1', right()), 99).lessons[A]!.answers['q1']).toEqual(right());
  });

  it('is what the store does on every update, with its clock', () => {
    let text: string | null = null;
    const store = createProgressStore(
      () => ({ getItem: () => text, setItem: (_k, v) => (text = v) }),
      readStored,
      () => 1234,
    );
    store.update((p) => with_(p, A, 'q1', wrong()));
    expect(readStored(text).lessons[A]!.answers['q1']!.at).toBe(1234);
  });
});

describe('merging a file with the progress here', () => {
  const cases = [
    { what: 'an answer only the file has is added', here: [], file: [['q1', right(10)]], winner: 'file', counts: { added: 1, newer: 0, kept: 0 } },
    {
      what: 'the file’s newer answer wins',
      here: [['q1', wrong(10)]],
      file: [['q1', right(20)]],
      winner: 'file',
      counts: { added: 0, newer: 1, kept: 0 },
    },
    {
      what: 'this browser’s newer answer stays',
      here: [['q1', wrong(30)]],
      file: [['q1', right(20)]],
      winner: 'here',
      counts: { added: 0, newer: 0, kept: 1 },
    },
    {
      what: 'an answer without a time loses to one with',
      here: [['q1', wrong()]],
      file: [['q1', right(1)]],
      winner: 'file',
      counts: { added: 0, newer: 1, kept: 0 },
    },
    {
      what: 'a tie keeps this browser’s',
      here: [['q1', wrong(7)]],
      file: [['q1', right(7)]],
      winner: 'here',
      counts: { added: 0, newer: 0, kept: 1 },
    },
    {
      what: 'the same answer on both sides counts as nothing',
      here: [['q1', right(7)]],
      file: [['q1', right(9)]],
      winner: 'here',
      counts: { added: 0, newer: 0, kept: 0 },
    },
  ] as const;
  it.each(cases)('$what', ({ here, file, winner, counts }) => {
    const mine = here.reduce((p, [id, s]) => with_(p, A, id, s), emptyProgress());
    const theirs = file.reduce((p, [id, s]) => with_(p, A, id, s), emptyProgress());
    const merged = mergeProgress(mine, theirs);
    const expected = (winner === 'file' ? theirs : mine).lessons[A]!.answers['q1'];
    expect(merged.progress.lessons[A]!.answers['q1']).toEqual(expected);
    expect(merged.counts).toEqual({ ...counts, doneMarks: 0 });
  });

  it('keeps every lesson of both, adds done marks and the later visit, and the later reading position', () => {
    const mine = {
      ...done(with_(emptyProgress(), A, 'q1', right(1)), A, '2026-11-01T10:00:00.000Z'),
      position: { lesson: A, section: 'x', at: '2026-11-02T00:00:00.000Z' },
    };
    const theirs = {
      ...done(with_(emptyProgress(), B, 'q9', wrong(2)), B, '2026-11-03T10:00:00.000Z'),
      position: { lesson: B, section: 'y', at: '2026-11-03T00:00:00.000Z' },
    };
    const { progress, counts } = mergeProgress(mine, theirs);
    expect(Object.keys(progress.lessons).sort()).toEqual([B, A].sort());
    expect(progress.lessons[A]!.done).toBe('2026-11-01T10:00:00.000Z');
    expect(progress.lessons[B]!.done).toBe('2026-11-03T10:00:00.000Z');
    expect(progress.position?.lesson).toBe(B);
    expect(counts).toEqual({ added: 1, newer: 0, kept: 0, doneMarks: 1 });
  });

  it('moves a question’s review card with the answer that won', () => {
    const card = (box: number, due: string) => ({ box, due });
    const mine = withLesson(with_(emptyProgress(), A, 'q1', wrong(1)), A, (l) => ({ ...l, review: { q1: card(1, '2026-12-02') } }));
    const theirs = withLesson(with_(emptyProgress(), A, 'q1', right(2)), A, (l) => ({ ...l, review: { q1: card(3, '2026-12-01') } }));
    expect(mergeProgress(mine, theirs).progress.lessons[A]!.review['q1']).toEqual(card(3, '2026-12-01'));
    expect(mergeProgress(theirs, mine).progress.lessons[A]!.review['q1']).toEqual(card(3, '2026-12-01'));
  });

  it('with the same answer on both, keeps the card reviewed last (due later)', () => {
    const at = (box: number, due: string) =>
      withLesson(with_(emptyProgress(), A, 'q1', wrong(1)), A, (l) => ({ ...l, review: { q1: { box, due } } }));
    expect(mergeProgress(at(1, '2026-12-02'), at(2, '2026-12-04')).progress.lessons[A]!.review['q1']).toEqual({ box: 2, due: '2026-12-04' });
    expect(mergeProgress(at(2, '2026-12-04'), at(1, '2026-12-02')).progress.lessons[A]!.review['q1']).toEqual({ box: 2, due: '2026-12-04' });
  });
});

describe('replacing the progress here with a file', () => {
  it('takes the file’s answers, review cards, marks and position, and keeps nothing of this browser’s', () => {
    const theirs = {
      ...withLesson(with_(emptyProgress(), B, 'q9', wrong(2)), B, (l) => ({ ...l, review: { q9: { box: 1, due: '2026-12-02' } } })),
      position: { lesson: B, section: 'y', at: '2026-11-03T00:00:00.000Z' },
    };
    const replaced = replaceProgress(theirs);
    expect(Object.keys(replaced.lessons)).toEqual([B]);
    expect(tally(replaced)).toEqual({ answers: 1, lessons: 1, done: 0 });
    expect(replaced).toEqual(theirs);
  });
});

describe('what the learner reads before choosing', () => {
  it.each([
    {
      counts: { added: 2, newer: 1, kept: 0, doneMarks: 0 },
      says: 'Merge: adds 2 answers you do not have here and takes 1 answer where the file’s is newer than yours. Nothing of yours is deleted.',
    },
    {
      counts: { added: 1, newer: 0, kept: 3, doneMarks: 1 },
      says: 'Merge: adds 1 answer you do not have here and marks 1 more lesson done. 3 answers of yours, newer than the file’s, stay. Nothing of yours is deleted.',
    },
    {
      counts: { added: 0, newer: 0, kept: 1, doneMarks: 0 },
      says: 'Merge: the file has nothing newer than what is here, so nothing changes. 1 answer of yours, newer than the file’s, stays.',
    },
  ])('says what a merge changes: $says', ({ counts, says }) => {
    expect(describeMerge(counts)).toBe(says);
  });

  it('says what a replace deletes and what takes its place', () => {
    const mine = done(with_(with_(emptyProgress(), A, 'q1', right(1)), A, 'q2', wrong(1)), A, '2026-11-01T10:00:00.000Z');
    const theirs = with_(emptyProgress(), B, 'q9', wrong(2));
    expect(describeReplace(mine, theirs)).toBe(
      'Replace: your progress here (2 answers in 1 lesson, 1 lesson marked done) is deleted, with its review dates, and the file’s 1 answer in 1 lesson take its place.',
    );
    expect(describeReplace(emptyProgress(), theirs)).toBe('Replace: there is no progress here yet, so this loads the file’s 1 answer in 1 lesson.');
  });
});
