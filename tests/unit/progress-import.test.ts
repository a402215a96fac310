import { describe, expect, it } from 'vitest';
import { checkAnswer, emptyState, selectChoice } from '../../src/lib/quiz-model';
import { emptyProgress, withQuestionState, type Progress } from '../../src/lib/progress-format';
import { EXPORT_FORMAT, describeFile, exportProgress, parseImport } from '../../src/lib/progress-import';
import { live } from './helpers/questions';
import { REAL_V3, REAL_V4 } from './helpers/real-progress';

const { single } = live;
const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const B = '/fine-tuning/dataset-preparation/';
const C = '/fine-tuning/evaluation/';

const right = checkAnswer(single, selectChoice(single, emptyState(single.sig), 1, true));
const sample = (): Progress => withQuestionState(emptyProgress(), A, single.id, right);

describe('export and import', () => {
  it('round-trips progress through a file, and names the lessons it has answers for', () => {
    const file = exportProgress(sample(), new Date('2026-01-02T03:04:05Z'));
    expect(JSON.parse(file)).toMatchObject({ format: EXPORT_FORMAT, version: 4, exportedAt: '2026-01-02T03:04:05.000Z' });
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

  it('reads a version 3 file as version 4: every answer, review card, done mark, visit and position, without the manifest', () => {
    const { lessons, position } = JSON.parse(REAL_V3) as Record<string, unknown>;
    const file = JSON.stringify({ format: EXPORT_FORMAT, version: 3, exportedAt: '2026-12-07T18:30:00.000Z', lessons, position }, null, 2);
    const result = parseImport(file);
    expect(result).toEqual({
      ok: true,
      progress: REAL_V4,
      lessons: [A],
    });
    expect(result.ok && result.progress.lessons[A]).not.toHaveProperty('manifest');
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

describe('what the learner reads about a file', () => {
  const name = (lesson: string) => ({ [A]: '9.1 When to Fine-Tune vs Prompt', [B]: '9.2 Dataset Preparation' })[lesson] ?? lesson;
  it.each([
    { lessons: [B], says: 'This file has answers for 1 lesson: 9.2 Dataset Preparation.' },
    { lessons: [A, B], says: 'This file has answers for 2 lessons: 9.1 When to Fine-Tune vs Prompt and 9.2 Dataset Preparation.' },
    { lessons: [A, B, C], says: `This file has answers for 3 lessons: 9.1 When to Fine-Tune vs Prompt, 9.2 Dataset Preparation and ${C}.` },
  ])('names the $lessons.length lesson(s) it has answers for', ({ lessons, says }) => {
    expect(describeFile(lessons, name)).toBe(says);
  });
});
