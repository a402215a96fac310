// WebKit as Debian ships it (WebKitGTK): WebKitWebDriver starts MiniBrowser in automation mode, driven by WebdriverIO
// over classic WebDriver. MiniBrowser needs a display: the suite starts Xvfb when DISPLAY is unset.
import type { ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { remote } from 'webdriverio';
import { freePort } from '../support/static-server.ts';
import type { Engine } from './driver.ts';
import { startGroup, startXvfb, stopGroup, withTimeout } from './processes.ts';

const DRIVER = '/usr/bin/WebKitWebDriver';

/** MiniBrowser and WebKitWebDriver: MINIBROWSER_PATH, else Debian's (webkit2gtk-driver); undefined when either is missing. */
export function findWebKit(): { miniBrowser: string; driver: string } | undefined {
  const driver = process.env['WEBKIT_DRIVER_PATH'] ?? DRIVER;
  const override = process.env['MINIBROWSER_PATH'];
  const found = override
    ? [override]
    : ['/usr/lib', '/usr/libexec'].flatMap((dir) => {
        const arch = existsSync(dir) ? readdirSync(dir).map((d) => join(dir, d)) : [];
        return [dir, ...arch].flatMap((d) => ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0'].map((v) => join(d, v, 'MiniBrowser')));
      });
  const miniBrowser = found.find((path) => existsSync(path));
  return miniBrowser && existsSync(driver) ? { miniBrowser, driver } : undefined;
}

/** Starts MiniBrowser through WebKitWebDriver (on a free port from `ports`, and Xvfb when there is no display), with one page on `origin`. */
export async function startWebKit(
  origin: string,
  paths: { miniBrowser: string; driver: string },
  ports: { from: number; to: number },
): Promise<Engine> {
  const started: ChildProcess[] = [];
  const stopAll = () => Promise.all(started.reverse().map((p) => stopGroup(p)));
  try {
    let display = process.env['DISPLAY'];
    if (!display) {
      const xvfb = await startXvfb();
      started.push(xvfb.process);
      display = xvfb.display;
    }
    const port = await freePort(ports.from, ports.to);
    const driver = startGroup(paths.driver, [`--port=${port}`], { ...process.env, DISPLAY: display });
    started.push(driver);
    const b = await withTimeout(
      remote({
        hostname: '127.0.0.1',
        port,
        path: '/',
        logLevel: 'error',
        connectionRetryCount: 3,
        connectionRetryTimeout: 30_000,
        capabilities: {
          // Classic WebDriver: WebKitGTK's BiDi is partial, and classic covers all the flows need.
          'wdio:enforceWebDriverClassic': true,
          'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation'] },
        } as WebdriverIO.Capabilities,
      }),
      40_000,
      'Starting MiniBrowser through WebKitWebDriver',
    );
    await b.setWindowSize(1280, 900);
    const version = String(b.capabilities.browserVersion ?? '');
    return {
      name: `WebKit (WebKitGTK ${version} MiniBrowser, WebDriver)`,
      page: {
        goto: (path) => b.url(new URL(path, origin).href).then(() => undefined),
        reload: () => b.refresh(),
        url: () => b.getUrl(),
        evaluate: async <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => (await b.execute(fn as (arg: unknown) => unknown, arg as unknown)) as R,
        clickSelector: async (selector) => {
          await b.$(selector).click();
        },
        typeKeys: async (text) => {
          // One action per key: WebKitWebDriver drops repeated keys sent in one burst ("20000" arrived as "20").
          for (const key of text) await b.keys(key);
        },
        selectOption: async (selector, option) => {
          await b.$(selector).selectByVisibleText(option);
        },
      },
      close: async () => {
        await withTimeout(b.deleteSession(), 10_000).catch(() => undefined);
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
