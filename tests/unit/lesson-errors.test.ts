import { describe, expect, it, vi } from 'vitest';
import { getCourse } from '../../src/data/course';
import { ContentError } from '../../src/build/course';
import { lessonSchema } from '../../src/schemas/lesson';
import { setContent, type LessonFile } from './helpers/astro-content';

vi.mock('astro:content', () => import('./helpers/astro-content'));

// The lesson mistakes that content-errors.test.ts does not build: the same messages, checked in-process.
// (A fixture build there proves that a frontmatter message reaches the build output with the file named.)
const frontmatter = {
  title: 'Docs',
  chapter: 9,
  lesson: 1,
  slug: 'docs',
  summary: 'A fixture lesson.',
  keyConcepts: ['Testing'],
};
const chapters = [{ id: 'fine-tuning', number: 9, title: 'Fine-Tuning' }];
const lesson = (file: string, fields: Partial<typeof frontmatter>): LessonFile => ({ file, frontmatter: { ...frontmatter, ...fields } });

describe('lesson frontmatter', () => {
  it.each([
    { problem: 'a missing title', fields: { title: undefined }, says: '"title" is missing: the lesson title, e.g. "Dataset Preparation"' },
    {
      problem: 'a docs link that is not a URL',
      fields: { docs: [{ label: 'OpenAI guide', url: 'platform.openai.com/docs/guides/fine-tuning' }] },
      says: '"docs[].url" must be a full http(s) URL',
    },
  ])('is refused for $problem with a message naming the field', ({ fields, says }) => {
    const result = lessonSchema.safeParse({ ...frontmatter, ...fields });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(says);
  });
});

describe('the course outline read from the collections', () => {
  it.each([
    {
      problem: 'a lesson number used twice',
      lessons: [lesson('content/lessons/first.mdx', { slug: 'first' }), lesson('content/lessons/second.mdx', { slug: 'second' })],
      says: ['content/lessons/second.mdx', '"lesson" number 9.1 is already used by', 'content/lessons/first.mdx'],
    },
    {
      problem: 'an unknown chapter',
      lessons: [lesson('content/lessons/lost.mdx', { chapter: 4, slug: 'lost' })],
      says: ['content/lessons/lost.mdx', '"chapter" 4 does not exist in content/chapters.json'],
    },
  ])('is refused for $problem with a message naming the lesson file', async ({ lessons, says }) => {
    setContent({ chapters, lessons });
    const error = await getCourse().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    for (const text of says) expect((error as Error).message).toContain(text);
  });

  it('is built for lessons with their own numbers in a known chapter', async () => {
    setContent({ chapters, lessons: [lesson('content/lessons/a.mdx', { slug: 'a' }), lesson('content/lessons/b.mdx', { lesson: 2, slug: 'b' })] });
    expect((await getCourse()).lessons.map((l) => [l.number, l.filePath])).toEqual([
      ['9.1', 'content/lessons/a.mdx'],
      ['9.2', 'content/lessons/b.mdx'],
    ]);
  });
});
