// Renders the SVG icons in public/icons/ to the PNG sizes the manifest and iOS need. Run it after changing an
// SVG and commit the PNGs: `node_modules/.bin/node scripts/make-icons.ts`.
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser.ts';

const OUT = new URL('../public/icons/', import.meta.url);
const JOBS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
  // iOS draws its own rounded corners and shows transparency as black, so the touch icon is the full-bleed one.
  { svg: 'icon-maskable.svg', png: 'apple-touch-icon.png', size: 180 },
];

const executablePath = findChromium();
const browser = await chromium.launch({ args: CHROMIUM_ARGS, ...(executablePath ? { executablePath } : {}) });
try {
  for (const job of JOBS) {
    const page = await browser.newPage({ viewport: { width: job.size, height: job.size } });
    const svg = await readFile(new URL(job.svg, OUT), 'utf8');
    await page.setContent(`<style>html,body{margin:0}svg{display:block;width:${job.size}px;height:${job.size}px}</style>${svg}`);
    await page.screenshot({ path: new URL(job.png, OUT).pathname, omitBackground: true });
    await page.close();
    console.log(`wrote public/icons/${job.png} (${job.size}×${job.size})`);
  }
} finally {
  await browser.close();
}
