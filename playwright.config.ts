import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser';
import type { CourseFixtures, CourseWorkerFixtures } from './tests/e2e/fixtures';
import { SITES } from './tests/support/sites';

const executablePath = findChromium();
// TEST_PORT lets two checkouts run their suites side by side; the sub-path build is served on the next port.
const port = Number(process.env['TEST_PORT'] ?? 4321);
const subPort = port + 1;
const launchOptions = { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };

// Two builds of the same site: dist/ served at the root, dist-subpath/ served under /course/ of its public address. The
// sub-path project runs the tests tagged @base (what a deploy base changes: links, assets, URL state, the service
// worker's scope and files, search results, absolute URLs) against the second, through its baseURL and the `site`
// fixture (tests/e2e/fixtures.ts); every test runs against the first.
export default defineConfig<CourseFixtures, CourseWorkerFixtures>({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  // CI retries a failed test once, and Playwright reports it as flaky: on 2 busy cores a few timing-bound tests (a worker
  // activating, islands hydrating) have failed about once in twenty runs. Locally a failure is a failure.
  retries: process.env['CI'] ? 1 : 0,
  // At least two, as in CI: the tests spend much of their time waiting on the browser (hydration, the service worker,
  // quiet networks), so on a 2-core machine two workers finish the suite about a quarter sooner than one ('50%').
  workers: process.env['CI'] ? 2 : Math.max(2, Math.floor(availableParallelism() / 2)),
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // No trace in CI, where it would be recorded for every test and thrown away for each that passes (a quarter of the
  // suite's time); locally a failure keeps one. Service workers only where a spec allows them: they precache the
  // shell (60 files) on every first visit, which only the specs about offline use and the worker need.
  use: { trace: process.env['CI'] ? 'off' : 'retain-on-failure', serviceWorkers: 'block', launchOptions },
  projects: [
    {
      name: 'root',
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${port}/`, site: SITES.root, launchOptions },
    },
    {
      name: 'subpath',
      grep: /@base/,
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${subPort}${SITES.subpath.base}`, site: SITES.subpath, launchOptions },
    },
  ],
  // scripts/serve.ts is the static server the offline tests, bench and lighthouse use too: gzip, index.html for folders,
  // 404.html for unknown paths, like the static host the site is deployed to.
  webServer: [
    {
      command: `"${process.execPath}" scripts/serve.ts --dir=${SITES.root.dir} --port=${port}`,
      url: `http://localhost:${port}/`,
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: `"${process.execPath}" scripts/serve.ts --dir=${SITES.subpath.dir} --base=${SITES.subpath.base} --port=${subPort}`,
      url: `http://localhost:${subPort}${SITES.subpath.base}`,
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
