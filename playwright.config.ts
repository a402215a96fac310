import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser';

const executablePath = findChromium();
const launchOptions = { args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) };

// Two builds of the same site: dist/ served at the root, dist-subpath/ served under /course/.
export default defineConfig({
  testDir: './tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: process.env['CI'] ? 2 : undefined,
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: { trace: 'retain-on-failure', launchOptions },
  projects: [
    {
      name: 'root',
      testIgnore: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: 'http://localhost:4321', launchOptions },
    },
    {
      name: 'subpath',
      testMatch: /subpath\.spec\.ts/,
      use: { ...devices['Desktop Chrome'], baseURL: 'http://localhost:4322', launchOptions },
    },
  ],
  webServer: [
    {
      command: 'astro preview --port 4321 --ignore-lock',
      url: 'http://localhost:4321/',
      reuseExistingServer: !process.env['CI'],
    },
    {
      command: 'astro preview --port 4322 --ignore-lock',
      env: { BASE_PATH: '/course/', OUT_DIR: './dist-subpath' },
      url: 'http://localhost:4322/course/',
      reuseExistingServer: !process.env['CI'],
    },
  ],
});
