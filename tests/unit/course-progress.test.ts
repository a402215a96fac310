import { describe, expect, it } from 'vitest';
import { checkAnswer, emptyState, selectChoice, setMark, setRevealed } from '../../src/lib/quiz-model';
import { emptyProgress, serializeProgress, withoutStale, withQuestionState, type Progress } from '../../src/lib/progress-format';
import { readStored } from '../../src/lib/progress-parse';
import { allAnswered, badgeText, chapterTally, describeState, describeTally, lessonTally, withDone, withVisit } from '../../src/lib/course-progress';
import { live } from './helpers/questions';

const { single, open } = live;
const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const NOW = new Date('2026-04-01T09:00:00.000Z');
const right = checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true));
const wrong = checkAnswer(single, selectChoice(single, emptyState(single.sig), 0, true));
const peeked = setRevealed(open, emptyState(open.sig), true);
const withAnswers = (answers: Record<string, typeof right>): Progress =>
  Object.entries(answers).reduce((p, [id, s]) => withQuestionState(p, A, id, s), emptyProgress());

describe('lesson tallies', () => {
  it.each([
    { what: 'a lesson never opened', progress: emptyProgress(), state: 'not-started', rightFirst: 0, answered: 0, revealed: 0, badge: '' },
    {
      what: 'a lesson only visited',
      progress: withVisit(emptyProgress(), A, '', NOW),
      state: 'in-progress',
      rightFirst: 0,
      answered: 0,
      revealed: 0,
      badge: '',
    },
    {
      what: 'one right, one wrong and one revealed',
      progress: withAnswers({ a: right, b: wrong, c: peeked }),
      state: 'in-progress',
      rightFirst: 1,
      answered: 2,
      revealed: 1,
      badge: '1 right first time · 2 of 6 answered · 1 revealed',
    },
    {
      what: 'an open answer marked right',
      progress: withAnswers({ o: setMark({ ...emptyState(open.sig), text: 'x' }, 'right') }),
      state: 'in-progress',
      rightFirst: 1,
      answered: 1,
      revealed: 0,
      badge: '1 right first time · 1 of 6 answered',
    },
    {
      what: 'a lesson marked done with nothing answered',
      progress: withDone(emptyProgress(), A, true, NOW),
      state: 'done',
      rightFirst: 0,
      answered: 0,
      revealed: 0,
      badge: 'Done · 0 right first time · 0 of 6 answered',
    },
  ])('counts $what apart: right first time, answered, revealed', ({ progress, state, rightFirst, answered, revealed, badge }) => {
    const t = lessonTally(progress, A, 6);
    expect(t).toMatchObject({ state, rightFirst, answered, revealed, total: 6 });
    expect(badgeText(t)).toBe(badge);
  });

  it('counts every answer stored for the lesson, and no longer one to a reworded question once its quiz has loaded', () => {
    const progress = withAnswers({ [single.id]: right, [open.id]: peeked, gone: right });
    expect(lessonTally(progress, A, 3)).toMatchObject({ answered: 2, rightFirst: 2, revealed: 1 });
    // The quiz drops what was saved against an older wording when it loads (withoutStale).
    const loaded = withoutStale(progress, A, [{ ...single, sig: 'reworded' }, open]);
    expect(lessonTally(loaded, A, 3)).toMatchObject({ answered: 1, rightFirst: 1, revealed: 1 });
  });

  it('never counts more answers than the lesson has questions', () => {
    expect(lessonTally(withAnswers({ a: right, b: right, c: right }), A, 2)).toMatchObject({ answered: 2, rightFirst: 2 });
  });

  it('offers to mark a lesson done once every question is answered or revealed', () => {
    expect(allAnswered(lessonTally(withAnswers({ a: right, c: peeked }), A, 2))).toBe(true);
    expect(allAnswered(lessonTally(withAnswers({ a: right }), A, 2))).toBe(false);
    expect(allAnswered(lessonTally(emptyProgress(), A, 0))).toBe(false);
  });

  it('marks a lesson done and takes the mark away again, keeping its answers, through storage', () => {
    const done = withDone(withAnswers({ a: right }), A, true, NOW);
    const stored = readStored(serializeProgress(done));
    expect(stored.lessons[A]!.done).toBe('2026-04-01T09:00:00.000Z');
    const undone = withDone(stored, A, false, NOW);
    expect(lessonTally(undone, A, 2)).toMatchObject({ state: 'in-progress', answered: 1, done: null });
  });

  it('remembers the last section read and when, and refuses a section id that is not one', () => {
    const read = withVisit(emptyProgress(), A, 'common-mistakes', NOW);
    expect(read.position).toEqual({ lesson: A, section: 'common-mistakes', at: '2026-04-01T09:00:00.000Z' });
    expect(read.lessons[A]!.visited).toBe('2026-04-01T09:00:00.000Z');
    expect(withVisit(emptyProgress(), A, '"><img>', NOW).position?.section).toBe('');
  });
});

describe('chapter tallies and words', () => {
  const t = (state: 'not-started' | 'in-progress' | 'done', answered = 0) =>
    ({ state, rightFirst: answered, answered, revealed: 0, total: 3, done: null, visited: null }) as const;

  it.each([
    { lessons: [t('done'), t('done')], state: 'done', doneLessons: 2 },
    { lessons: [t('not-started'), t('not-started')], state: 'not-started', doneLessons: 0 },
    { lessons: [t('done'), t('not-started')], state: 'in-progress', doneLessons: 1 },
    { lessons: [], state: 'not-started', doneLessons: 0 },
  ])('calls a chapter $state when its lessons are as given', ({ lessons, state, doneLessons }) => {
    expect(chapterTally(lessons)).toMatchObject({ state, doneLessons, total: lessons.length * 3 });
  });

  it('says states and scores in plain words', () => {
    expect(['not-started', 'in-progress', 'done'].map((s) => describeState(s as never))).toEqual(['Not started', 'In progress', 'Done']);
    expect(describeTally({ rightFirst: 2, answered: 3, revealed: 0, total: 6 })).toBe('2 right first time · 3 of 6 answered');
    expect(describeTally({ rightFirst: 0, answered: 0, revealed: 0, total: 0 })).toBe('No questions');
  });
});
