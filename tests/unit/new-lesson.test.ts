import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { frontmatterNumbers, newLesson, slugFromTitle } from '../../scripts/lib/new-lesson';
import { lessonSchema } from '../../src/schemas/lesson';

const chapters = [{ id: 'fine-tuning', number: 9, title: 'Fine-Tuning' }];
const existing = [{ file: 'content/lessons/9-1-when-to-fine-tune-vs-prompt.mdx', chapter: 9, lesson: 1 }];

describe('npm run new-lesson', () => {
  it.each([
    ['Running a Fine-Tuning Job', 'running-a-fine-tuning-job'],
    ['  LoRA: Low-Rank Adaptation (2021) ', 'lora-low-rank-adaptation-2021'],
    ['Évaluer un modèle', 'evaluer-un-modele'],
    ['What’s "next"?', 'what-s-next'],
  ])('makes the slug of %j %j', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('writes a lesson whose frontmatter the lesson schema accepts, named by chapter, lesson and slug', () => {
    const result = newLesson({ chapter: 9, lesson: 6, title: 'Some "Quoted" Title' }, chapters, existing);
    if ('error' in result) throw new Error(result.error);
    expect(result.file).toBe('content/lessons/9-6-some-quoted-title.mdx');
    const front = /^---\n([\s\S]*?)\n---/.exec(result.text)![1]!;
    const data = parse(front) as unknown;
    expect(lessonSchema.safeParse(data).success, JSON.stringify(data)).toBe(true);
    expect(data).toMatchObject({ title: 'Some "Quoted" Title', chapter: 9, lesson: 6, slug: 'some-quoted-title' });
    expect(frontmatterNumbers(result.text)).toEqual({ chapter: 9, lesson: 6 });
    expect(result.text).toContain('To do, then delete this comment');
  });

  it.each([
    [{ chapter: 4, lesson: 1, title: 'X' }, 'There is no chapter 4 in content/chapters.json (chapters: 9 (Fine-Tuning))'],
    [{ chapter: 9, lesson: 1, title: 'X' }, 'Lesson 9.1 is already content/lessons/9-1-when-to-fine-tune-vs-prompt.mdx'],
    [{ chapter: 9, lesson: Number.NaN, title: 'X' }, 'Give the chapter and lesson as whole numbers'],
    [{ chapter: 9, lesson: 7, title: '!!!' }, 'Give the lesson a title with letters or digits'],
  ])('refuses %j with a message that says what to do', (input, says) => {
    expect(newLesson(input, chapters, existing)).toEqual({ error: expect.stringContaining(says) });
  });
});
