import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pdfOfEdition, pdfPageCount } from '../build/print-edition.ts';
import { PRINT_PDF_ENV, PRINT_PDF_READY_ENV } from '../build/print-pdf-flag.ts';

/**
 * `npm run pdf` (PRINT_PDF=1): once the site is built, prints each print edition (/print/...) to a PDF beside it
 * (dist/print/course.pdf, fine-tuning.pdf, ...-answers.pdf) with a headless Chromium, serving the build as a static
 * host does. It runs before the link check and the offline steps, so they see the PDFs. Without a browser it says so and
 * the site builds without PDFs, and without links to them: the pages link a PDF only when this build makes it.
 */
export function printPdf(): AstroIntegration {
  let executablePath: string | undefined;
  let enabled = false;
  let base = '/';
  return {
    name: 'course:print-pdf',
    hooks: {
      'astro:config:setup': async ({ logger, command }) => {
        if (command !== 'build' || process.env[PRINT_PDF_ENV] !== '1') return;
        const { findChromium } = await import('../../tests/browser.ts');
        try {
          executablePath = findChromium();
          enabled = true;
          process.env[PRINT_PDF_READY_ENV] = '1';
        } catch (error) {
          logger.warn(`no browser, so this build makes no PDFs and links none:\n${(error as Error).message}`);
        }
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!enabled) return;
        const started = performance.now();
        const root = fileURLToPath(dir);
        const editions = pages.flatMap(({ pathname }) => {
          const pdf = pdfOfEdition(pathname);
          return pdf ? [{ pathname, pdf }] : [];
        });
        const [{ chromium }, { startStaticServer }, { CHROMIUM_ARGS }] = await Promise.all([
          import('@playwright/test'),
          import('../../tests/support/static-server.ts'),
          import('../../tests/browser.ts'),
        ]);
        const server = await startStaticServer(root, base);
        const browser = await chromium.launch({ ...(executablePath && { executablePath }), args: CHROMIUM_ARGS });
        try {
          const page = await browser.newPage();
          for (const { pathname, pdf } of editions) {
            await page.goto(new URL(pathname.replace(/^\/+/, ''), server.url).href, { waitUntil: 'load' });
            const path = join(root, pdf);
            const bytes = await page.pdf({ path, format: 'A4', printBackground: true, outline: true, tagged: true });
            const { size } = await stat(path);
            logger.info(`${pdf.slice(1)}: ${pdfPageCount(bytes)} pages, ${(size / 1e6).toFixed(2)} MB`);
          }
        } finally {
          await browser.close();
          await server.close();
        }
        logger.info(`${editions.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      },
    },
  };
}
