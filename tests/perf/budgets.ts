/** One kilobyte as the budgets count it (1000 bytes, as browsers' network panels do). */
export const KB = 1000;

/** Byte budgets for the built site, gzipped. Checked by tests/e2e/budgets.spec.ts and tests/unit/html-budget.test.ts. */
export const BUDGETS = {
  /**
   * Everything a page transfers before the learner scrolls. Back to 30 KB (9.1 measured 29.95 KB, was 31.89): the service
   * worker registers through the browser's own API instead of workbox-window, the code that applies a new build and the
   * header's Download panel load when used, the 404 page's offline note is its own page's script, and the lesson badges'
   * check reads the head script's mark instead of loading a module (9.1's JavaScript before scrolling 8.35 -> 6.41 KB).
   */
  pageTotal: 30 * KB,
  /** JavaScript a page transfers before the learner scrolls. */
  pageJs: 10 * KB,
  /**
   * JavaScript a lesson transfers once every widget on it has been scrolled into view (chart included, 47.0 KB of it).
   * Back to 90 KB (9.1 measured 89.75 KB, was 98.3 KB): chart.js keeps only the scales it draws (Rolldown treats property
   * reads as free of side effects, 53.2 -> 47.0 KB); stored progress is read (migrations, zod schemas) only when there is
   * some, so the store no longer brings its schemas to a first visit; the page's script lost the 1.9 KB above. The
   * widgets' fields are still checked with zod/mini (6.8 KB, shared with the progress reader), the margin it leaves is
   * 0.25 KB.
   */
  scrolledJs: 90 * KB,
  /**
   * The HTML of one lesson page, also in a course of 500 lessons: it carries the screen stylesheet inline (5.4 KB of
   * 9.1's 19.8 KB). Raised from 20 KB for #16's footer, theme menu and phone layouts, then from 22 KB for #18 and #19
   * (9.1 measured 23.5 KB: the stylesheet +0.7 KB for the LoRA widget, progress and review pages and the new question
   * kinds; its quiz's two new questions and the done toggle +1.1 KB; the sidebar's three new lessons +0.2 KB).
   */
  lessonHtml: 24 * KB,
  /**
   * The HTML of a print edition (/print/...), its own page so lesson pages keep their budget: every lesson of a chapter
   * or of the course in one document. Chapter 9 with its answer key measured 43.4 KB (five lessons).
   */
  printHtml: 60 * KB,
  /** Everything a print edition transfers before scrolling: its HTML and what every page loads besides (its stylesheet). */
  printTotal: 70 * KB,
  /** Cumulative layout shift after scrolling through a page while its islands hydrate. */
  cls: 0.01,
} as const;
