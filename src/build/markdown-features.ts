/** The Markdown features lessons are parsed with (astro.config.mjs, src/build/quiz-source.ts): `{#id}` after a heading sets its id. */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;
