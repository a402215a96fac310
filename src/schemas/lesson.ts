import { z } from 'astro/zod';

// Each rule carries its own message: the author reads it in the build output, next to the file name.
const requiredText = (field: string, hint: string) =>
  z
    .string({
      error: (issue) => (issue.input === undefined ? `"${field}" is missing: ${hint}` : `"${field}" must be text: ${hint}`),
    })
    .trim()
    .min(1, { error: `"${field}" is empty: ${hint}` });

const positiveInteger = (field: string, hint: string) =>
  z
    .number({
      error: (issue) => (issue.input === undefined ? `"${field}" is missing: ${hint}` : `"${field}" must be a number: ${hint}`),
    })
    .int({ error: `"${field}" must be a whole number: ${hint}` })
    .positive({ error: `"${field}" must be 1 or more: ${hint}` });

const urlSlug = (field: string) =>
  requiredText(field, 'a URL segment such as "dataset-preparation"').regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: `"${field}" may use only lowercase letters, digits and single hyphens, e.g. "dataset-preparation"`,
  });

/** One link to official documentation shown at the top of a lesson. */
export const docsLinkSchema = z.object({
  label: requiredText('docs[].label', 'the link text, e.g. "OpenAI Fine-Tuning Guide"'),
  url: z.url({
    protocol: /^https?$/,
    error: '"docs[].url" must be a full http(s) URL, e.g. "https://platform.openai.com/docs/guides/fine-tuning"',
  }),
});

/** The frontmatter every lesson MDX file in content/lessons/ must carry. */
export const lessonSchema = z.strictObject(
  {
    title: requiredText('title', 'the lesson title, e.g. "Dataset Preparation"'),
    chapter: positiveInteger('chapter', 'the chapter number from content/chapters.json, e.g. 9'),
    lesson: positiveInteger('lesson', 'the lesson number within its chapter, e.g. 2 for lesson 9.2'),
    slug: urlSlug('slug'),
    summary: requiredText('summary', 'one sentence shown on the home page and in search results').max(160, {
      error: '"summary" is longer than 160 characters: keep it to one line',
    }),
    keyConcepts: z
      .array(requiredText('keyConcepts[]', 'a short concept name'), {
        error: '"keyConcepts" must be a list of short concept names',
      })
      .min(1, { error: '"keyConcepts" needs at least one concept' }),
    docs: z.array(docsLinkSchema, { error: '"docs" must be a list of { label, url } links' }).default([]),
    aiGenerated: z.boolean({ error: '"aiGenerated" must be true or false' }).default(false),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling` : undefined,
  },
);

/** A chapter in content/chapters.json: the one place its title lives. */
export const chapterSchema = z.strictObject({
  id: urlSlug('id'),
  number: positiveInteger('number', 'the chapter number, e.g. 9'),
  title: requiredText('title', 'the chapter title, e.g. "Fine-Tuning"'),
});

/** Lesson frontmatter after validation. */
export type LessonData = z.infer<typeof lessonSchema>;
/** A chapter after validation. */
export type ChapterData = z.infer<typeof chapterSchema>;
