import { describe, expect, it } from 'vitest';
import { buildCourse, ContentError, type LessonInput } from '../../src/build/course';

const chapters = [
  { id: 'retrieval', number: 10, title: 'Retrieval' },
  { id: 'fine-tuning', number: 9, title: 'Fine-Tuning' },
];

const lesson = (file: string, chapter: number, n: number, slug: string): LessonInput => ({
  id: file,
  filePath: `content/lessons/${file}.mdx`,
  data: { title: `Lesson ${chapter}.${n}`, chapter, lesson: n, slug, summary: 'A summary.' },
});

describe('buildCourse', () => {
  const course = buildCourse(chapters, [
    lesson('b', 10, 1, 'rag-basics'),
    lesson('c', 9, 2, 'dataset-preparation'),
    lesson('a', 9, 1, 'when-to-fine-tune-vs-prompt'),
  ]);

  it('orders chapters and lessons by their numbers, not by file name or input order', () => {
    expect(course.chapters.map((c) => c.number)).toEqual([9, 10]);
    expect(course.lessons.map((l) => l.number)).toEqual(['9.1', '9.2', '10.1']);
    expect(course.chapters[0]?.lessons.map((l) => l.number)).toEqual(['9.1', '9.2']);
  });

  it('links each lesson to its neighbours across chapter boundaries', () => {
    const [first, second, third] = course.lessons;
    expect(first?.prev).toBeUndefined();
    expect(first?.next?.number).toBe('9.2');
    expect(second?.prev?.number).toBe('9.1');
    expect(second?.next?.number).toBe('10.1');
    expect(third?.next).toBeUndefined();
  });

  it('builds each lesson URL from its chapter id and its own slug', () => {
    expect(course.lessons.map((l) => l.path)).toEqual([
      '/fine-tuning/when-to-fine-tune-vs-prompt/',
      '/fine-tuning/dataset-preparation/',
      '/retrieval/rag-basics/',
    ]);
  });

  it.each([
    {
      problem: 'a lesson number used twice in a chapter',
      lessons: [lesson('a', 9, 1, 'one'), lesson('b', 9, 1, 'two')],
      message: /content\/lessons\/b\.mdx: "lesson" number 9\.1 is already used by content\/lessons\/a\.mdx/,
    },
    {
      problem: 'a chapter number that content/chapters.json does not have',
      lessons: [lesson('a', 7, 1, 'one')],
      message: /content\/lessons\/a\.mdx: "chapter" 7 does not exist in content\/chapters\.json \(known chapters: 10, 9\)/,
    },
    {
      problem: 'two lessons in one chapter with the same slug',
      lessons: [lesson('a', 9, 1, 'same'), lesson('b', 9, 2, 'same')],
      message: /content\/lessons\/b\.mdx: "slug" "same" is already used by content\/lessons\/a\.mdx/,
    },
  ])('rejects $problem with a message naming the file and the field', ({ lessons, message }) => {
    expect(() => buildCourse(chapters, lessons)).toThrow(ContentError);
    expect(() => buildCourse(chapters, lessons)).toThrow(message);
  });

  it('rejects two chapters with the same number, naming both', () => {
    const twice = [...chapters, { id: 'again', number: 9, title: 'Again' }];
    expect(() => buildCourse(twice, [])).toThrow(/chapter "number" 9 is used by both "fine-tuning" and "again"/);
  });
});
