// The suite's own fixtures (Playwright's test.extend): the build a project tests and its base, seeded progress, the
// responses that failed, and throwaway counting servers. Specs import `test` and `expect` from here.
import { test as playwright, expect } from '@playwright/test';
import { withBase } from '../../src/lib/paths';
import { PROGRESS_KEY } from '../../src/lib/saved-progress';
import { startCountingServer, type CountingServer } from '../perf/counting-proxy';
import { builtSite, SITES, type Site } from '../support/sites';

/** What every worker of a project shares: the build it tests. */
export interface CourseWorkerFixtures {
  /** The built site this project serves: SITES.root, or SITES.subpath for the sub-path project. */
  site: Site;
  /** The site's deploy base: "/" or "/course/". */
  base: string;
}

/** What every test of this suite can ask for. */
export interface CourseFixtures {
  /** A course path as the specs spell it ("/fine-tuning/x/") under the base ("/course/fine-tuning/x/"). */
  at: (path: string) => string;
  /** Stores `stored` as the learner's saved progress (an object is stored as JSON) before any page script runs. */
  seedProgress: (stored: unknown) => Promise<void>;
  /** Every response of status 400 or more the page gets (the favicon excepted): a test expects it to stay empty. */
  failedResponses: string[];
  /** Starts a counting server for a built folder (the project's own build by default), closed when the test ends. */
  serve: (dir?: string) => Promise<CountingServer>;
}

/** Playwright's test with the suite's fixtures. */
export const test = playwright.extend<CourseFixtures, CourseWorkerFixtures>({
  site: [SITES.root, { option: true, scope: 'worker' }],
  base: [async ({ site }, use) => use(site.base), { scope: 'worker' }],
  at: async ({ base }, use) => use((path: string) => withBase(base, path)),
  seedProgress: async ({ page }, use) =>
    use(async (stored) => {
      const text = typeof stored === 'string' ? stored : JSON.stringify(stored);
      await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [PROGRESS_KEY, text] as const);
    }),
  failedResponses: async ({ page }, use) => {
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) failed.push(`${r.status()} ${r.url()}`);
    });
    await use(failed);
  },
  serve: async ({ site }, use) => {
    const servers: CountingServer[] = [];
    await use(async (dir = builtSite(site)) => {
      const server = await startCountingServer(dir, site.base);
      servers.push(server);
      return server;
    });
    await Promise.all(servers.map((s) => s.close()));
  },
});

export { expect };
