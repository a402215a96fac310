// Firefox as a learner has it on Debian (firefox-esr), driven over WebDriver BiDi by puppeteer-core, which never
// downloads a browser of its own.
import { existsSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import type { Engine } from './driver.ts';
import { withTimeout } from './processes.ts';

const CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/usr/lib/firefox-esr/firefox-esr',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
];

/** The Firefox to drive: FIREFOX_PATH, else a system one; undefined when there is none. */
export function findFirefox(): string | undefined {
  const override = process.env['FIREFOX_PATH'];
  if (override) return existsSync(override) ? override : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Starts headless Firefox with one page on `origin`, 1280 × 900 like a laptop. */
export async function startFirefox(origin: string, executablePath: string): Promise<Engine> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    timeout: 30_000,
    protocolTimeout: 30_000,
  });
  const kill = () => browser.process()?.kill('SIGKILL');
  try {
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    page.setDefaultTimeout(15_000);
    const version = await browser.version();
    return {
      name: `Firefox (${version.replace('firefox/', '')}, WebDriver BiDi)`,
      page: {
        goto: async (path) => void (await page.goto(new URL(path, origin).href, { waitUntil: 'load' })),
        reload: async () => void (await page.reload({ waitUntil: 'load' })),
        url: async () => page.url(),
        evaluate: async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => (await page.evaluate(fn as (arg: unknown) => unknown, arg)) as R,
        clickSelector: async (selector) => {
          const element = await page.waitForSelector(selector);
          await element!.click();
          await element!.dispose();
        },
        typeKeys: (text) => page.keyboard.type(text),
        selectOption: async (selector, option) => {
          const value = await page.$eval(
            selector,
            (select, text) => [...(select as HTMLSelectElement).options].find((o) => o.text === text)?.value,
            option,
          );
          if (value === undefined) throw new Error(`No option "${option}"`);
          await page.select(selector, value);
        },
      },
      close: async () => {
        await withTimeout(browser.close(), 10_000).catch(() => undefined);
        kill();
      },
    };
  } catch (error) {
    kill();
    throw error;
  }
}
