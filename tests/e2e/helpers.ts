import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Lesson URLs (without the deploy base), as a learner reaches them. */
export const LESSONS = {
  whenToFineTune: '/fine-tuning/when-to-fine-tune-vs-prompt/',
  datasetPreparation: '/fine-tuning/dataset-preparation/',
  lora: '/fine-tuning/parameter-efficient-fine-tuning-lora/',
  fineTuningJob: '/fine-tuning/running-a-fine-tuning-job/',
  evaluating: '/fine-tuning/evaluating-a-fine-tuned-model/',
} as const;

/** Every page of the site, for scans that must cover them all. */
export const ALL_PAGES = ['/', ...Object.values(LESSONS), '/progress/', '/review/', '/404.html'] as const;

/** Runs axe (WCAG 2.2 A/AA and best practices) on the page once its animations end, or only on `include`, and fails on any violation. */
export async function expectNoAxeViolations(page: Page, include?: string): Promise<void> {
  // Only violations are reported in full: axe then skips describing every node that passed (about half its time on a
  // long page such as a print edition), and finds the same violations.
  const builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .options({ resultTypes: ['violations'] });
  // At rest: a card still fading in (the flowchart's next question) has text below its final contrast.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime))
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await (include ? builder.include(include) : builder).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(summary, 'axe violations').toEqual([]);
}

/** Stores a theme choice the way the toggle does, before any page script runs. */
export async function presetTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  await page.addInitScript((t) => {
    try {
      localStorage.setItem('theme', t);
    } catch {
      // about:blank has no storage; the next navigation will.
    }
  }, theme);
}

/** Matches islands Astro has not started yet (`ssr` until hydrated): none left means every widget answers clicks. */
export const NOT_LIVE = 'astro-island[ssr]';

/**
 * Holds every request matching `url` until the returned function is called: for what a learner does while a widget's
 * code is still on its way.
 */
export async function holdRequests(page: Page, url: RegExp): Promise<() => void> {
  let release = () => {};
  const ready = new Promise<void>((resolve) => (release = resolve));
  await page.route(url, async (route) => {
    await ready;
    await route.continue();
  });
  return release;
}
