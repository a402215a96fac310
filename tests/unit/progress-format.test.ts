import { describe, expect, it } from 'vitest';
import { checkAnswer, emptyState, questionStatus, selectChoice, setRevealed, type LiveQuestion } from '../../src/lib/quiz-model';
import {
  MAX_TEXT,
  PROGRESS_VERSION,
  answersOf,
  emptyProgress,
  questionState,
  serializeProgress,
  withAnswers,
  withLesson,
  withoutAnswers,
  withoutStale,
  withQuestionState,
  type Progress,
} from '../../src/lib/progress-format';
import { MIGRATIONS, readStored, upgrade, type Migration } from '../../src/lib/progress-parse';
import { parseImport } from '../../src/lib/progress-import';
import { liveQuestion } from '../../src/build/quiz-island';
import { checkProperty, HOSTILE_INPUTS } from '../fuzz/hostile-inputs';
import { line, live, single as authoredSingle } from './helpers/questions';
import { REAL_V3, REAL_V4 } from './helpers/real-progress';

const { single, open } = live;

const LESSON = '/fine-tuning/when-to-fine-tune-vs-prompt/';

const answered = checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true));
const sample = (): Progress => withQuestionState(emptyProgress(), LESSON, single.id, answered);

describe('stored progress', () => {
  it('reads back what was written', () => {
    const progress = sample();
    expect(readStored(serializeProgress(progress))).toEqual(progress);
    expect(questionState(readStored(serializeProgress(progress)), LESSON, single)).toEqual(answered);
  });

  it.each([
    { what: 'nothing stored', text: null },
    { what: 'text that is not JSON', text: '{"version": 1, "lessons": ' },
    { what: 'JSON that is not an object', text: '[1, 2, 3]' },
    { what: 'data without a version', text: '{"lessons": {}}' },
    { what: 'data from a newer version', text: '{"version": 5, "lessons": {"/a/": {"answers": {}}}}' },
  ])('reads $what as no progress', ({ text }) => {
    expect(readStored(text)).toEqual(emptyProgress());
  });

  it('drops malformed lessons and answers but keeps the well-formed ones', () => {
    const text = JSON.stringify({
      version: PROGRESS_VERSION,
      lessons: {
        [LESSON]: {
          answers: {
            'q-format': {
              sig: 'abc',
              selected: [1, 1, -1, 'x', 2.5],
              result: 'right',
              first: 'yes',
              revealed: 'yes',
              peeked: 1,
              text: 42,
              mark: 'maybe',
            },
            'q-broken': 'not an object',
            'q-nosig': { selected: [] },
          },
        },
        'not-a-path': { answers: {} },
        '/other/': 'nonsense',
      },
    });
    expect(readStored(text)).toEqual({
      version: 4,
      lessons: {
        [LESSON]: {
          // A Check result with no first attempt recorded was the first attempt.
          answers: {
            'q-format': { sig: 'abc', selected: [1], result: 'right', first: 'right', revealed: false, peeked: false, text: '', mark: null },
          },
          review: {},
          done: null,
          visited: null,
        },
      },
      position: null,
    });
  });

  it('clears a Check result stored without any choice, and cuts runaway typed text', () => {
    const text = JSON.stringify({
      version: 1,
      lessons: { [LESSON]: { manifest: {}, answers: { 'q-open': { sig: 'x', selected: [], result: 'right', text: 'a'.repeat(MAX_TEXT + 5) } } } },
    });
    // Typed text may be a numeric answer's Check, so storage keeps the result; the open question has no Check to keep.
    const state = questionState(readStored(text), LESSON, { ...open, sig: 'x' });
    expect(state.result).toBeNull();
    expect(state.text).toHaveLength(MAX_TEXT);
  });
});

describe('the fields of numeric and ordering questions and hints', () => {
  const numeric: LiveQuestion = { kind: 'numeric', id: 'q-n', sig: 'n', value: 2055, tolerance: 0.01, unit: 'USD', hints: 2 };
  const ordering: LiveQuestion = { kind: 'ordering', id: 'q-o', sig: 'o', start: [2, 0, 1], hints: 1 };
  const stored = (answers: Record<string, unknown>) => readStored(JSON.stringify({ version: PROGRESS_VERSION, lessons: { [LESSON]: { answers } } }));
  const base = { selected: [], result: null, first: null, revealed: false, peeked: false, text: '', mark: null };

  it('loads answers saved without hints or an order as none shown and the first order', () => {
    const progress = stored({ 'q-n': { ...base, sig: 'n' }, 'q-o': { ...base, sig: 'o' } });
    expect(questionState(progress, LESSON, numeric)).toEqual(emptyState('n'));
    expect(questionState(progress, LESSON, ordering)).toEqual(emptyState('o'));
  });

  it('keeps a checked number, an order, and the hints shown, through storage', () => {
    const progress = stored({
      'q-n': { ...base, sig: 'n', text: '2,055', result: 'right', first: 'right', hints: 1 },
      'q-o': { ...base, sig: 'o', order: [0, 2, 1], result: 'wrong', first: 'wrong', hints: 1 },
    });
    expect(questionState(progress, LESSON, numeric)).toMatchObject({ text: '2,055', result: 'right', first: 'right', hints: 1 });
    expect(questionState(progress, LESSON, ordering)).toMatchObject({ order: [0, 2, 1], result: 'wrong', hints: 1 });
  });

  it.each([
    ['a negative hint count', { hints: -1 }, {}],
    ['a fractional hint count', { hints: 1.5 }, {}],
    ['a hint count as text', { hints: '2' }, {}],
    ['more hints than the question has', { hints: 9 }, { hints: 2 }],
    ['an order with a repeated item', { order: [0, 0, 1] }, {}],
    ['an order of the wrong length', { order: [1, 0] }, {}],
    ['an order with an item that does not exist', { order: [0, 1, 5] }, {}],
    ['an order that is not a list', { order: 'up' }, {}],
  ])('reads tampered data, %s, as safe defaults without losing the rest of the answer', (_what, tampered, kept) => {
    const progress = stored({ 'q-n': { ...base, sig: 'n', text: '12', ...tampered }, 'q-o': { ...base, sig: 'o', text: '', ...tampered } });
    const n = questionState(progress, LESSON, numeric);
    const o = questionState(progress, LESSON, ordering);
    expect(n.text).toBe('12');
    expect(n.hints).toBe((kept as { hints?: number }).hints);
    expect(o.order).toBeUndefined();
  });

  it('clears a numeric Check stored without the number it checked', () => {
    const progress = stored({ 'q-n': { ...base, sig: 'n', text: ' ', result: 'right' } });
    expect(questionState(progress, LESSON, numeric).result).toBeNull();
  });
});

describe('hostile stored data', () => {
  const stored = (lesson: unknown) => JSON.stringify({ version: 1, lessons: { [LESSON]: lesson } });

  it('reads any text as progress, and refuses any file it cannot use with a message', () => {
    expect(
      checkProperty(HOSTILE_INPUTS, (text) => readStored(text).version === PROGRESS_VERSION && typeof readStored(text).lessons === 'object'),
    ).toEqual([]);
    const refusedWithMessage = (text: string) => {
      const result = parseImport(text);
      return result.ok || result.error.length > 0;
    };
    expect(checkProperty(HOSTILE_INPUTS, refusedWithMessage)).toEqual([]);
  });

  it('keeps a hostile string as inert typed text, and drops it as a key or a signature', () => {
    const failures = checkProperty(HOSTILE_INPUTS, (h) => {
      // Version 1 kept a manifest (question id → signature); migrating drops it, hostile keys and signatures with it.
      const text = stored({ manifest: { [h]: 'x', q: h }, answers: { q: { sig: 'x', text: h }, [h]: { sig: 'x' }, s: { sig: h } } });
      const lesson = readStored(text).lessons[LESSON];
      if (!lesson) return 'the lesson was dropped';
      if ('manifest' in lesson) return 'kept the manifest';
      const keys = Object.keys(lesson.answers);
      if (!keys.every((k) => /^[A-Za-z0-9_-]{1,100}$/.test(k))) return `kept the key ${JSON.stringify(h)}`;
      return lesson.answers['q']?.text === h.slice(0, MAX_TEXT) && (lesson.answers['s']?.sig === h) === h.length <= 20;
    });
    expect(failures).toEqual([]);
  });

  it.each([
    { what: 'a signature longer than 20 code units', state: { sig: '\u{1F600}'.repeat(11) } },
    { what: 'a signature that is not text', state: { sig: 5 } },
    { what: 'an answer that is a list', state: [{ sig: 'x' }] },
  ])('drops $what', ({ state }) => {
    expect(readStored(stored({ manifest: {}, answers: { q: state } })).lessons[LESSON]?.answers).toEqual({});
  });

  it('does not let a "__proto__" key stand in for the answers\' prototype', () => {
    const text = `{"version":1,"lessons":{"${LESSON}":{"manifest":{},"answers":{"__proto__":{"sig":"x","selected":[1]}}}}}`;
    const answers = readStored(text).lessons[LESSON]!.answers;
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(answers).toEqual({});
  });
});

describe('upgrade', () => {
  const addNotes: Migration = (data) => ({ ...data, notes: 'added by the 1 → 2 step' });
  const renameLessons: Migration = ({ courses, ...rest }) => ({ ...rest, lessons: courses });

  it('runs each migration in order from the stored version to the current one', () => {
    const result = upgrade({ version: 1, courses: { '/a/': {} } }, { 1: renameLessons, 2: addNotes }, 3);
    expect(result).toEqual({ data: { version: 3, lessons: { '/a/': {} }, notes: 'added by the 1 → 2 step' } });
  });

  it('leaves data at the current version as it is', () => {
    expect(upgrade({ version: PROGRESS_VERSION, lessons: {} })).toEqual({ data: { version: PROGRESS_VERSION, lessons: {} } });
  });

  it.each([
    { what: 'a version with no migration path', raw: { version: 1 }, migrations: {}, current: 2, error: 'unknown' },
    { what: 'a newer version', raw: { version: 4 }, migrations: {}, current: 3, error: 'newer' },
    { what: 'a version that is not a whole number', raw: { version: '1' }, migrations: {}, current: 1, error: 'unknown' },
    { what: 'version 0', raw: { version: 0 }, migrations: {}, current: 1, error: 'unknown' },
  ])('refuses $what', ({ raw, migrations, current, error }) => {
    expect(upgrade(raw, migrations, current)).toEqual({ error });
  });
});

describe('progress saved by version 1', () => {
  const v1 = (answer: Record<string, unknown>) =>
    JSON.stringify({
      version: 1,
      lessons: { [LESSON]: { manifest: { [single.id]: single.sig, [open.id]: open.sig }, answers: { [single.id]: { sig: single.sig, ...answer } } } },
    });
  const base = { selected: [], result: null, revealed: false, text: '', mark: null };

  it.each([
    { what: 'a right Check', answer: { selected: [1], result: 'right' }, first: 'right', peeked: false, status: 'right' },
    {
      what: 'a wrong Check with the answer opened',
      answer: { selected: [0], result: 'wrong', revealed: true },
      first: 'wrong',
      peeked: false,
      status: 'wrong',
    },
    { what: 'an answer opened with nothing checked', answer: { revealed: true }, first: null, peeked: true, status: 'revealed' },
    { what: 'an answer opened with reasoning typed', answer: { revealed: true, text: 'Because' }, first: null, peeked: false, status: 'unanswered' },
    { what: 'a Check result without a choice', answer: { result: 'right' }, first: null, peeked: false, status: 'unanswered' },
  ])('loads $what, taking its last Check as the first', ({ answer, first, peeked, status }) => {
    const state = questionState(readStored(v1({ ...base, ...answer })), LESSON, single);
    expect(state).toMatchObject({ first, peeked });
    expect(questionStatus(single, state)).toBe(status);
  });

  it('keeps an open answer opened after writing it, and marked, as the learner left it', () => {
    const stored = JSON.stringify({
      version: 1,
      lessons: { [LESSON]: { manifest: {}, answers: { [open.id]: { sig: open.sig, ...base, revealed: true, text: 'Mine', mark: 'right' } } } },
    });
    const state = questionState(readStored(stored), LESSON, open);
    expect(state).toMatchObject({ revealed: true, peeked: false, text: 'Mine', mark: 'right' });
    expect(questionStatus(open, state)).toBe('right');
  });

  it('leaves anything that is not an answer for the schema to drop', () => {
    expect(MIGRATIONS[1]!({ version: 1, lessons: { [LESSON]: { answers: { q: 'x' } }, '/b/': 3 } })).toEqual({
      version: 1,
      lessons: { [LESSON]: { answers: { q: 'x' } }, '/b/': 3 },
    });
  });
});

describe('per-lesson progress', () => {
  it('ignores a saved answer to a question that has been reworded since', () => {
    const reworded = liveQuestion({ ...authoredSingle, prompt: line('A reworded prompt?') });
    expect(questionState(sample(), LESSON, reworded)).toEqual(emptyState(reworded.sig));
  });

  it('drops saved choices the question no longer has', () => {
    const stale = withQuestionState(emptyProgress(), LESSON, single.id, { ...answered, selected: [7] });
    expect(questionState(stale, LESSON, single)).toMatchObject({ selected: [], result: null });
  });

  it('gives back the answers a Reset clears, and puts them back beside any others', () => {
    const progress = withQuestionState(sample(), LESSON, open.id, setRevealed(open, emptyState(open.sig), true));
    const cleared = answersOf(progress, LESSON, [single.id, 'q-missing']);
    expect(cleared).toEqual({ [single.id]: answered });
    const reset = withoutAnswers(progress, LESSON, [single.id]);
    expect(withAnswers(reset, LESSON, cleared)).toEqual(progress);
  });

  it('forgets only the reset questions of a lesson', () => {
    let progress = withQuestionState(sample(), LESSON, open.id, setRevealed(open, emptyState(open.sig), true));
    progress = withoutAnswers(progress, LESSON, [single.id]);
    expect(Object.keys(progress.lessons[LESSON]!.answers)).toEqual([open.id]);
  });

  it('drops the answers saved against an older wording, with their review cards, and keeps everything else', () => {
    const OTHER = '/fine-tuning/dataset-preparation/';
    const card = { box: 2, due: '2026-03-03' };
    const peeked = setRevealed(open, emptyState(open.sig), true);
    const gone = { ...answered, sig: 'gone' };
    let progress = withQuestionState(sample(), LESSON, open.id, peeked);
    progress = withQuestionState(progress, LESSON, 'q-gone', gone);
    progress = withLesson(progress, LESSON, (l) => ({
      ...l,
      review: { [single.id]: card, [open.id]: card, 'q-gone': card },
      done: '2026-03-01T10:00:00.000Z',
      visited: '2026-03-01T09:00:00.000Z',
    }));
    progress = {
      ...withQuestionState(progress, OTHER, single.id, answered),
      position: { lesson: LESSON, section: 'x', at: '2026-03-01T09:00:00.000Z' },
    };
    const reworded = liveQuestion({ ...authoredSingle, prompt: line('A reworded prompt?') });
    const fresh = withoutStale(progress, LESSON, [reworded, open]);
    // Only the questions given are checked: an answer to a question the quiz does not list stays.
    expect(fresh.lessons[LESSON]).toEqual({
      answers: { [open.id]: peeked, 'q-gone': gone },
      review: { [open.id]: card, 'q-gone': card },
      done: '2026-03-01T10:00:00.000Z',
      visited: '2026-03-01T09:00:00.000Z',
    });
    expect(fresh.lessons[OTHER]).toBe(progress.lessons[OTHER]);
    expect(fresh.position).toEqual(progress.position);
    expect(questionState(fresh, LESSON, reworded)).toEqual(emptyState(reworded.sig));
  });

  it('returns the same progress when no saved answer is stale', () => {
    const progress = withQuestionState(sample(), LESSON, open.id, setRevealed(open, emptyState(open.sig), true));
    expect(withoutStale(progress, LESSON, [single, open])).toBe(progress);
    expect(withoutStale(progress, LESSON, [])).toBe(progress);
    expect(withoutStale(progress, '/never-opened/', [single])).toBe(progress);
  });
});

describe('progress saved by older versions, read as version 4', () => {
  const empty = { review: {}, done: null, visited: null };
  const blank = { selected: [], result: null, first: null, revealed: false, peeked: false, text: '', mark: null };

  it.each([
    {
      from: 1,
      what: 'taking its last Check as the first',
      stored: `{"version":1,"lessons":{"${LESSON}":{"manifest":{"q-format":"abc"},"answers":{"q-format":{"sig":"abc","selected":[0],"result":"wrong","revealed":false,"text":"","mark":null}}}}}`,
      lessons: { [LESSON]: { answers: { 'q-format': { ...blank, sig: 'abc', selected: [0], result: 'wrong', first: 'wrong' } }, ...empty } },
      position: null,
    },
    {
      from: 2,
      what: 'with no review cards, done marks, visits or position, as version 2 had none',
      stored: `{"version":2,"lessons":{"${LESSON}":{"manifest":{"q-open":"x1"},"answers":{"q-open":{"sig":"x1","selected":[],"result":null,"first":null,"revealed":true,"peeked":false,"text":"Mine","mark":"right"}}},"/b/":{"manifest":{},"answers":{}}}}`,
      lessons: {
        [LESSON]: { answers: { 'q-open': { ...blank, sig: 'x1', revealed: true, text: 'Mine', mark: 'right' } }, ...empty },
        '/b/': { answers: {}, ...empty },
      },
      position: null,
    },
    {
      from: 3,
      what: 'without the manifest',
      stored: `{"version":3,"lessons":{"${LESSON}":{"manifest":{"q-format":"abc","q-open":"x1"},"answers":{"q-format":{"sig":"abc","selected":[1],"result":"right","first":"wrong","revealed":false,"peeked":false,"text":"","mark":null,"at":1772355600000},"q-open":{"sig":"x1","selected":[],"result":null,"first":null,"revealed":true,"peeked":false,"text":"Mine","mark":"right","hints":1,"at":1772355700000}},"review":{"q-format":{"box":2,"due":"2026-03-03"}},"done":"2026-03-01T10:00:00.000Z","visited":"2026-03-01T09:00:00.000Z"},"/b/":{"manifest":{"q-b":"s"},"answers":{},"review":{"q-b":{"box":1,"due":"2026-03-02"}},"done":null,"visited":"2026-02-28T08:00:00.000Z"}},"position":{"lesson":"${LESSON}","section":"common-mistakes","at":"2026-03-01T09:05:00.000Z"}}`,
      lessons: {
        [LESSON]: {
          answers: {
            'q-format': { ...blank, sig: 'abc', selected: [1], result: 'right', first: 'wrong', at: 1772355600000 },
            'q-open': { ...blank, sig: 'x1', revealed: true, text: 'Mine', mark: 'right', hints: 1, at: 1772355700000 },
          },
          review: { 'q-format': { box: 2, due: '2026-03-03' } },
          done: '2026-03-01T10:00:00.000Z',
          visited: '2026-03-01T09:00:00.000Z',
        },
        '/b/': { answers: {}, review: { 'q-b': { box: 1, due: '2026-03-02' } }, done: null, visited: '2026-02-28T08:00:00.000Z' },
      },
      position: { lesson: LESSON, section: 'common-mistakes', at: '2026-03-01T09:05:00.000Z' },
    },
  ])(
    'reads a stored version $from value as version 4 $what, keeping every answer, done mark, review card and reading position',
    ({ stored, lessons, position }) => {
      const read = readStored(stored);
      expect(read).toEqual({ version: 4, lessons, position });
      for (const entry of Object.values(read.lessons)) expect(entry).not.toHaveProperty('manifest');
    },
  );

  it('reads the version 3 value a learner’s browser holds as version 4: the same answer, review card, done mark, visit and position, without the manifest', () => {
    const read = readStored(REAL_V3);
    expect(read).toEqual(REAL_V4);
    expect(read.lessons[LESSON]).not.toHaveProperty('manifest');
  });

  it('saves a migrated value that reads back the same, and saves the same text again', () => {
    const text = serializeProgress(readStored(REAL_V3));
    expect(readStored(text)).toEqual(REAL_V4);
    expect(serializeProgress(readStored(text))).toBe(text);
    expect(text).not.toContain('manifest');
  });

  it('keeps well-formed version 3 fields and drops tampered ones one by one', () => {
    const stored = JSON.stringify({
      version: 3,
      lessons: {
        [LESSON]: {
          manifest: {},
          answers: {},
          review: {
            'q-a': { box: 2, due: '2026-03-01' },
            'q-b': { box: 9, due: '2026-03-01' },
            'q-c': { box: 1, due: 'tomorrow' },
            'bad id': { box: 1, due: '2026-03-01' },
          },
          done: '2026-03-01T10:00:00.000Z',
          visited: '<img src=x onerror=alert(1)>',
        },
        '/b/': { manifest: {}, answers: {}, review: 'x', done: 5, visited: '2026-13-45T99:99:99Z' },
      },
      position: { lesson: LESSON, section: 'common-mistakes', at: '2026-03-01T10:00:00.000Z' },
    });
    expect(readStored(stored)).toEqual({
      version: 4,
      lessons: {
        [LESSON]: { answers: {}, review: { 'q-a': { box: 2, due: '2026-03-01' } }, done: '2026-03-01T10:00:00.000Z', visited: null },
        '/b/': { answers: {}, ...empty },
      },
      position: { lesson: LESSON, section: 'common-mistakes', at: '2026-03-01T10:00:00.000Z' },
    });
  });

  it.each([
    { what: 'a section id with markup', position: { lesson: LESSON, section: '"><script>', at: '2026-03-01T10:00:00.000Z' } },
    { what: 'a lesson that is not a path', position: { lesson: 'https://evil.example/', section: '', at: '2026-03-01T10:00:00.000Z' } },
    { what: 'no time', position: { lesson: LESSON, section: '' } },
    { what: 'a list', position: [LESSON] },
  ])('drops a last position with $what and keeps the lessons', ({ position }) => {
    const read = readStored(JSON.stringify({ version: 3, lessons: { [LESSON]: { manifest: {}, answers: {} } }, position }));
    expect(read.position).toBeNull();
    expect(read.lessons[LESSON]).toEqual({ answers: {}, ...empty });
  });

  it('migrates version 2 lessons only where they are objects, leaving the rest for the schema to drop', () => {
    expect(MIGRATIONS[2]!({ version: 2, lessons: { [LESSON]: { answers: {} }, '/b/': 3 } })).toEqual({
      version: 2,
      lessons: { [LESSON]: { answers: {}, ...empty }, '/b/': 3 },
      position: null,
    });
  });

  it('drops only the manifest of each lesson in the version 3 step, leaving anything else for the schema to check', () => {
    const lessons = { [LESSON]: { manifest: { q: 'x' }, answers: { q: 'y' }, done: 5 }, '/b/': 3, '/c/': { manifest: 'x' } };
    expect(MIGRATIONS[3]!({ version: 3, lessons, position: 'p' })).toEqual({
      version: 3,
      lessons: { [LESSON]: { answers: { q: 'y' }, done: 5 }, '/b/': 3, '/c/': {} },
      position: 'p',
    });
    expect(MIGRATIONS[3]!({ version: 3, lessons: 'x' })).toEqual({ version: 3, lessons: 'x' });
  });
});
