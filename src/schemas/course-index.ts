import * as z from 'zod/mini';

// The index of course files (offline-index.json): written by the build (src/integrations/course-index.ts), read by the
// service worker, which checks it rather than trust it: a corrupt, truncated, foreign or inconsistent file is refused.
// Every path it lists is relative to sw.js; a page is keyed by its folder ("fine-tuning/x/", "" for the home page).

const paths = z.array(z.string());

const courseIndexSchema = z
  .object({
    /** A hash of the whole index: the worker's build carries it, so a new deploy is a new worker. */
    revision: z.string(),
    /** Every course file: [content revision, bytes a host sends for it]. */
    files: z.record(z.string(), z.tuple([z.string(), z.number().check(z.gte(0))])),
    /** Files every download includes: the home page and the search index. */
    common: paths,
    /** Chapters in course order, each with its pages and what they need (their search fragments). */
    chapters: z.array(z.object({ id: z.string(), title: z.string(), files: paths })),
    /** What a page needs offline besides itself (its search fragment, its questions), stored with it as it is read. */
    extras: z.record(z.string(), paths),
  })
  .check(
    z.refine(({ files, common, chapters, extras }) =>
      [...common, ...chapters.flatMap((c) => c.files), ...Object.values(extras).flat()].every((path) => Object.hasOwn(files, path)),
    ),
  );

/** The index of course files, written next to sw.js by the build and fetched by the worker when it needs it. */
export type CourseIndex = z.infer<typeof courseIndexSchema>;

/** The index if `value` is a well-formed one whose lists name only its files; undefined for anything else. */
export function parseCourseIndex(value: unknown): CourseIndex | undefined {
  const result = courseIndexSchema.safeParse(value);
  return result.success ? result.data : undefined;
}
