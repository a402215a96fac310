import { describe, expect, it } from 'vitest';
import { checkAnswer, emptyState, selectChoice } from '../../src/lib/quiz-model';
import { emptyProgress, manifestOf, withManifest, withQuestionState, type Progress } from '../../src/lib/progress-format';
import { EXPORT_FORMAT, describeImport, exportProgress, importReplaces, mergeImport, parseImport } from '../../src/lib/progress-import';
import { live } from './helpers/questions';

const { single, open } = live;
const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const B = '/fine-tuning/dataset-preparation/';
const C = '/fine-tuning/evaluation/';

const right = checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true));
const wrong = checkAnswer(single, selectChoice(single, emptyState(single.sig), 0, true));
const typed = { ...emptyState(open.sig), text: 'Mine' };
const sample = (): Progress => withQuestionState(withManifest(emptyProgress(), A, manifestOf([single, open])), A, single.id, right);
/** Progress with the given answers, lesson by lesson. */
const progressOf = (lessons: Record<string, Record<string, typeof right>>): Progress =>
  Object.entries(lessons).reduce(
    (p, [lesson, answers]) => Object.entries(answers).reduce((q, [id, s]) => withQuestionState(q, lesson, id, s), withManifest(p, lesson, {})),
    emptyProgress(),
  );

describe('export and import', () => {
  it('round-trips progress through a file, and names the lessons it has answers for', () => {
    const file = exportProgress(sample(), new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(file)).toMatchObject({ format: EXPORT_FORMAT, version: 3, exportedAt: '2026-01-02T03:04:05.000Z' });
    expect(parseImport(file)).toEqual({ ok: true, progress: sample(), lessons: [A] });
  });

  it('reads a file saved before first attempts were kept, taking its last Check as the first', () => {
    const old = {
      format: EXPORT_FORMAT,
      version: 1,
      lessons: { [A]: { manifest: {}, answers: { [single.id]: { ...right, first: undefined, peeked: undefined } } } },
    };
    const result = parseImport(JSON.stringify(old));
    expect(result.ok && result.progress.lessons[A]!.answers[single.id]).toMatchObject({ result: 'right', first: 'right', peeked: false });
  });

  it.each([
    { what: 'a file that is not JSON', text: 'hello', says: 'it is not valid JSON' },
    { what: 'JSON from somewhere else', text: '{"name": "package.json"}', says: 'Choose a file saved with “Save progress to a file”' },
    {
      what: 'a file from a newer course version',
      text: JSON.stringify({ format: EXPORT_FORMAT, version: 9, lessons: {} }),
      says: 'saved by a newer version',
    },
    { what: 'a file without a version', text: JSON.stringify({ format: EXPORT_FORMAT, lessons: {} }), says: 'no version this course can read' },
    {
      what: 'a file with no lessons',
      text: JSON.stringify({ format: EXPORT_FORMAT, version: 2, lessons: { nonsense: 1 } }),
      says: 'holds no answers',
    },
    {
      what: 'a file whose lessons hold no answers',
      text: JSON.stringify({ format: EXPORT_FORMAT, version: 2, lessons: { [A]: { manifest: { q: 'x' }, answers: {} } } }),
      says: 'holds no answers',
    },
    { what: 'a huge file', text: ' '.repeat(1_000_001), says: 'too large' },
  ])('rejects $what with a clear message', ({ text, says }) => {
    const result = parseImport(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(says);
  });
});

describe('what an import replaces', () => {
  const here = progressOf({ [A]: { [single.id]: wrong, [open.id]: typed }, [B]: { [single.id]: right } });
  const file = progressOf({ [A]: { [single.id]: right }, [C]: { [open.id]: typed } });

  it('lists the lessons where the file replaces answers kept here, with how many', () => {
    expect(importReplaces(here, file)).toEqual([{ lesson: A, answers: 2 }]);
    expect(importReplaces(emptyProgress(), file)).toEqual([]);
  });

  it('replaces a lesson’s answers with the file’s, and keeps lessons the file has no answers for', () => {
    const merged = mergeImport(here, withManifest(file, B, { q: 'x' }));
    expect(merged.lessons[A]!.answers).toEqual({ [single.id]: right });
    expect(merged.lessons[B]!.answers).toEqual({ [single.id]: right });
    expect(merged.lessons[C]!.answers).toEqual({ [open.id]: typed });
  });

  it('keeps this browser’s record of which questions a page holds, and takes the file’s where it has none', () => {
    const pages = withManifest(withManifest(emptyProgress(), A, { here: 'x' }), B, {});
    const incoming = withManifest(withManifest(file, A, { there: 'y' }), B, { there: 'y' });
    const merged = mergeImport(pages, incoming);
    expect(merged.lessons[A]!.manifest).toEqual({ here: 'x' });
    expect(merged.lessons[B]!.manifest).toEqual({ there: 'y' });
  });

  const name = (lesson: string) => ({ [A]: '9.1 When to Fine-Tune vs Prompt', [B]: '9.2 Dataset Preparation' })[lesson] ?? lesson;
  it.each([
    {
      what: 'answers it replaces',
      lessons: [A, B],
      replaces: [{ lesson: A, answers: 3 }],
      says:
        'This file has answers for 2 lessons: 9.1 When to Fine-Tune vs Prompt and 9.2 Dataset Preparation. Loading it replaces your answers here for ' +
        '9.1 When to Fine-Tune vs Prompt (3 answers). Your answers for other lessons stay as they are.',
    },
    {
      what: 'nothing to replace',
      lessons: [B],
      replaces: [],
      says: 'This file has answers for 1 lesson: 9.2 Dataset Preparation. You have no answers here for it, so nothing is replaced.',
    },
    {
      what: 'three lessons, one answer replaced in each of two',
      lessons: [A, B, C],
      replaces: [
        { lesson: A, answers: 1 },
        { lesson: C, answers: 1 },
      ],
      says:
        `This file has answers for 3 lessons: 9.1 When to Fine-Tune vs Prompt, 9.2 Dataset Preparation and ${C}. Loading it replaces your answers ` +
        `here for 9.1 When to Fine-Tune vs Prompt (1 answer) and ${C} (1 answer). Your answers for other lessons stay as they are.`,
    },
  ])('says before loading what the file holds and what it replaces: $what', ({ lessons, replaces, says }) => {
    expect(describeImport(lessons, replaces, name)).toBe(says);
  });
});
