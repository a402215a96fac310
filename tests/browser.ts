import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

// Where a user's machine usually has a Chromium-family browser, in the order we prefer them.
const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** Flags that keep a headless Chromium quiet on a machine without internet (no update or sync calls). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/**
 * Finds a browser the way a user's machine has one: CHROME_PATH if set, else Playwright's own Chromium if
 * `npx playwright install chromium` was run, else a system Chromium or Chrome.
 * Returns undefined for Playwright's own (it knows where it is); throws with instructions when there is none.
 */
export function findChromium(): string | undefined {
  const override = process.env['CHROME_PATH'];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROME_PATH is set to ${override}, but no file is there.`);
  }
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // Playwright throws when its browser was never downloaded; fall through to the system browsers.
  }
  const found = SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (found) return found;
  throw new Error(
    [
      'No Chromium-family browser found for the end-to-end tests.',
      'Install one of these, then run `npm test` again:',
      "  - Playwright's own:   npx playwright install chromium",
      '  - Debian/Ubuntu:      sudo apt-get install -y chromium',
      '  - or point CHROME_PATH at an installed Chrome/Chromium binary.',
    ].join('\n'),
  );
}
