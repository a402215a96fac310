import type { Page } from '@playwright/test';

/**
 * Collects what a learner would never see but a broken page shows in the console: console errors, uncaught
 * exceptions and Content-Security-Policy violations (also those a policy only reports).
 */
export async function collectPageErrors(page: Page): Promise<() => Promise<string[]>> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  await page.addInitScript(() => {
    const w = window as unknown as { __cspViolations: string[] };
    w.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.__cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return async () => {
    const violations = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => ['could not read CSP violations: the page is gone']);
    return [...errors, ...violations.map((v) => `csp: ${v}`)];
  };
}
