/**
 * The environment variable `npm run pdf` sets: build the PDFs of the print editions (src/integrations/print-pdf.ts).
 * The integration sets PRINT_PDF_READY once it has found a browser, before any page renders: only then do the pages
 * link the PDFs, so a build without a browser has no link to a file it could not make.
 */
export const PRINT_PDF_ENV = 'PRINT_PDF';

/** Set by the integration when the PDFs will be made in this build. */
export const PRINT_PDF_READY_ENV = 'PRINT_PDF_READY';

/** Whether this build makes the PDFs, so pages may link them. */
export function pdfsInThisBuild(): boolean {
  return process.env[PRINT_PDF_READY_ENV] === '1';
}
