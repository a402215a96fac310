import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fieldErrors } from '../../src/schemas/errors';
import { flowchartSchema } from '../../src/schemas/flowchart';
import { chapterSchema, lessonSchema } from '../../src/schemas/lesson';

const lesson = { title: 'T', chapter: 9, lesson: 1, slug: 'a-b', summary: 'S', keyConcepts: ['x'] };
const messages = (schema: typeof lessonSchema | typeof chapterSchema | typeof flowchartSchema, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('the one error map', () => {
  it.each([
    [{ title: undefined }, 'title: "title" is missing: the lesson title, e.g. "Dataset Preparation"'],
    [{ title: 3 }, 'title: "title" must be text: the lesson title, e.g. "Dataset Preparation"'],
    [{ title: '  ' }, 'title: "title" is empty: the lesson title, e.g. "Dataset Preparation"'],
    [{ chapter: 'nine' }, 'chapter: "chapter" must be a number: the chapter number from content/chapters.json, e.g. 9'],
    [{ chapter: 2.5 }, 'chapter: "chapter" must be a whole number: the chapter number from content/chapters.json, e.g. 9'],
    [{ lesson: 0 }, 'lesson: "lesson" must be 1 or more: the lesson number within its chapter, e.g. 2 for lesson 9.2'],
    [{ slug: 'Bad Slug' }, 'slug: "slug" may use only lowercase letters, digits and single hyphens, e.g. "dataset-preparation"'],
    [{ summary: 'x'.repeat(161) }, 'summary: "summary" is longer than 160 characters: keep it to one line'],
    [{ keyConcepts: [] }, 'keyConcepts: "keyConcepts" needs at least one concept'],
    [{ keyConcepts: 'x' }, 'keyConcepts: "keyConcepts" must be a list of short concept names'],
    [{ keyConcepts: [''] }, 'keyConcepts.0: "keyConcepts[]" is empty: a short concept name'],
    [
      { docs: [{ label: 'L', url: 'ftp://x' }] },
      'docs.0.url: "docs[].url" must be a full http(s) URL, e.g. "https://platform.openai.com/docs/guides/fine-tuning"',
    ],
    [{ aiGenerated: 'yes' }, 'aiGenerated: "aiGenerated" must be true or false'],
    [{ titel: 'T' }, ': unknown field(s) "titel": check the spelling'],
  ])('explains the lesson frontmatter %j', (change, says) => {
    expect(messages(lessonSchema, { ...lesson, ...change })).toEqual([says]);
  });

  it('names the field of a chapter, and its misspelt fields', () => {
    expect(messages(chapterSchema, { id: 'fine-tuning', number: 1.5, title: 'F', titel: 'F' })).toEqual([
      'number: "number" must be a whole number: the chapter number, e.g. 9',
      ': unknown field(s) "titel": check the spelling',
    ]);
  });

  it('names a flowchart node that is not an object, instead of a bare type error', () => {
    const chart = { title: 'T', lesson: 'l', start: 'a', questions: [3], outcomes: [{ id: 'a', title: 'A', reason: 'r', section: 's' }] };
    expect(messages(flowchartSchema, chart)).toContain('questions.0: "questions[]" must be an object');
  });

  it('leaves a code it has no message for to the next map, so a rule can keep its own', () => {
    expect(fieldErrors('x')({ code: 'invalid_format', format: 'regex', input: 'a' } as never)).toBeUndefined();
    expect(fieldErrors('x', 'a hint', { invalid_format: 'own' })({ code: 'invalid_format', format: 'regex', input: 'a' } as never)).toBe('own');
  });

  it('loads no zod build, so the calculator can take it to the browser', () => {
    const source = readFileSync(new URL('../../src/schemas/errors.ts', import.meta.url), 'utf8');
    expect(source.match(/^import .*$/gm)).toEqual([expect.stringMatching(/^import type /)]);
  });
});
