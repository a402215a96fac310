import { z } from 'astro/zod';
import { fieldErrors } from './errors.ts';
import { list, positiveInteger, slug, strict, text } from './fields.ts';

/** One link to official documentation shown at the top of a lesson. */
export const docsLinkSchema = z.object({
  label: text('docs[].label', 'the link text, e.g. "OpenAI Fine-Tuning Guide"'),
  url: z.url({
    protocol: /^https?$/,
    error: '"docs[].url" must be a full http(s) URL, e.g. "https://platform.openai.com/docs/guides/fine-tuning"',
  }),
});

/** The frontmatter every lesson MDX file in content/lessons/ must carry. */
export const lessonSchema = strict('frontmatter', {
  title: text('title', 'the lesson title, e.g. "Dataset Preparation"'),
  chapter: positiveInteger('chapter', 'the chapter number from content/chapters.json, e.g. 9'),
  lesson: positiveInteger('lesson', 'the lesson number within its chapter, e.g. 2 for lesson 9.2'),
  slug: slug('slug', 'dataset-preparation', 'a URL segment such as "dataset-preparation"'),
  summary: text('summary', 'one sentence shown on the home page and in search results', {
    too_big: '"summary" is longer than 160 characters: keep it to one line',
  }).max(160),
  keyConcepts: list('keyConcepts', text('keyConcepts[]', 'a short concept name'), 'short concept names').min(1, {
    error: '"keyConcepts" needs at least one concept',
  }),
  docs: list('docs', docsLinkSchema, '{ label, url } links').default([]),
  aiGenerated: z.boolean({ error: fieldErrors('aiGenerated') }).default(false),
});

/** A chapter in content/chapters.json: the one place its title lives. */
export const chapterSchema = strict('chapters[]', {
  id: slug('id', 'dataset-preparation', 'a URL segment such as "dataset-preparation"'),
  number: positiveInteger('number', 'the chapter number, e.g. 9'),
  title: text('title', 'the chapter title, e.g. "Fine-Tuning"'),
});

/** Lesson frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;
