import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, lessonSchema } from './schemas/lesson.ts';

// Lessons live at the top-level content/ folder so authors never need to open src/.
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons' }),
  schema: lessonSchema,
});

const chapters = defineCollection({
  loader: file('./content/chapters.json'),
  schema: chapterSchema,
});

export const collections = { lessons, chapters };
