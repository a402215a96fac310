import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { chapterSchema, lessonSchema } from './schemas/lesson.ts';
import { flowchartSchema } from './schemas/flowchart.ts';
import { quizzesLoader } from './build/course-loader.ts';

// Lessons live at the top-level content/ folder so authors never need to open src/.
const lessons = defineCollection({
  // The id is the file's path, not the frontmatter slug (the glob loader's default), so two chapters may each have a
  // lesson with the same slug; the course outline rejects a slug used twice within one chapter.
  loader: glob({ pattern: '**/*.mdx', base: './content/lessons', generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: lessonSchema,
});

const chapters = defineCollection({
  loader: file('./content/chapters.json'),
  schema: chapterSchema,
});

// One flowchart per file; the file name is the id a lesson embeds with <Flowchart id="..." />.
const flowcharts = defineCollection({
  loader: glob({ pattern: '**/*.{yaml,yml,json}', base: './content/flowcharts' }),
  schema: flowchartSchema,
});

// Each lesson's quizzes, compiled once from its MDX (src/build/course-loader.ts): the quiz islands, the lesson's
// published questions (questions.json) and every total read them from here.
const quizzes = defineCollection({ loader: quizzesLoader() });

export const collections = { lessons, chapters, flowcharts, quizzes };
