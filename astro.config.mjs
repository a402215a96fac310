// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { checkLinks } from './src/integrations/check-links.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES, sha256Source } from './src/build/csp.ts';
import { HEAD_SCRIPT } from './src/build/head-script.ts';
import { REPORT_ERRORS_MISSING, SITE_URL_MISSING, siteUrl } from './src/build/site-files.ts';
import { SITE } from './src/site.config.ts';
import { offlineCourse } from './src/integrations/offline-course.ts';
import { printPdf } from './src/integrations/print-pdf.ts';
import { fileURLToPath } from 'node:url';
import { normaliseBase, withBase } from './src/lib/paths.ts';
import { PRINT_ROOT } from './src/build/print-edition.ts';
import { CODE_THEMES } from './src/build/code-themes.ts';
import { MARKDOWN_FEATURES } from './src/build/markdown-features.ts';
import { codeBlockPlugin } from './src/build/code-block.ts';
import { searchSpacingPlugin } from './src/build/search-spacing.ts';
import { tokenClassTransformer } from './src/build/code-tokens.ts';

// Offline support is two build steps, listed around the checks below: the search index, then the service worker.
const offline = offlineCourse();

// A deploy under a sub-path sets BASE_PATH=/course/; the default serves from the root.
const base = normaliseBase(process.env.BASE_PATH);
// The public address, from SITE_URL. Without it the build publishes no absolute URL (canonical, og:url, og:image,
// sitemap, robots.txt's Sitemap line) rather than ones pointing at localhost, and says so at the end.
const site = siteUrl(process.env.SITE_URL);

export default defineConfig({
  // Absolute, so fixture sites in tests/fixtures (built with --root) reuse this project's code and assets.
  srcDir: fileURLToPath(new URL('./src', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  ...(site ? { site } : {}),
  base,
  trailingSlash: 'always',
  server: { port: 4321 },
  markdown: {
    processor: satteri({
      features: MARKDOWN_FEATURES,
      hastPlugins: [codeBlockPlugin(), baseLinksPlugin(base), searchSpacingPlugin()],
    }),
    shikiConfig: {
      themes: CODE_THEMES,
      // Tokens carry their two colours as custom properties only, named by class (src/build/code-tokens.ts).
      defaultColor: false,
      transformers: [tokenClassTransformer(CODE_THEMES.light, CODE_THEMES.dark)],
    },
  },
  outDir: process.env.OUT_DIR ?? './dist',
  // After the build nothing rewrites a page: Pagefind indexes them in its own process while the links and policies are
  // checked; the service worker, last, precaches everything built, the search index included.
  integrations: [
    mdx(),
    // Preact components are the .tsx files. Without this, Preact's Babel pass also rewrites every .ts module to the
    // same output: about 1 s of each build.
    preact({ include: [/\.tsx$/] }),
    // The sitemap lists absolute URLs, so there is none without the public address; the print editions ask not to be
    // indexed (they repeat the lessons), so it leaves them out.
    ...(site ? [sitemap({ filter: (page) => !new URL(page).pathname.startsWith(withBase(base, PRINT_ROOT)) })] : []),
    // npm run pdf: the print editions as PDFs, before the steps that check and list the built files.
    printPdf(),
    offline.searchIndex,
    checkLinks(),
    cspHeaders(),
    offline.serviceWorker,
    {
      // Last, so a deploy missing what only its owner can supply reads it at the end of the build.
      name: 'course:deploy-notes',
      hooks: {
        'astro:build:done': ({ logger }) => {
          if (!site) logger.warn(SITE_URL_MISSING);
          if (!SITE.reportErrors) logger.warn(REPORT_ERRORS_MISSING);
        },
      },
    },
  ],
  // A strict policy in every page's <meta> (and in dist/_headers): scripts only from the site or by hash.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: [sha256Source(HEAD_SCRIPT)] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  // The site's one screen stylesheet (cssCodeSplit: false) is inline in every page: a phone paints from the HTML alone
  // instead of waiting a round trip for a stylesheet (9.1 with real throttling: LCP 0.93 s inline, 1.81 s external).
  // One sheet, because Astro's CSP hashes only the first of several inline chunks. Print styles are a file of their own.
  // Sixteen pages render at a time: one at a time, a 500-lesson build sat idle a third of its rendering while each
  // page was written to disk (4.5 s -> 2.5 s; the pages are the same bytes).
  build: { inlineStylesheets: 'always', concurrency: 16 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: {
        treeshake: { propertyReadSideEffects: false },
        onLog(level, warning, log) {
          // Known Astro 7 noise for every MDX entry (withastro/astro#18087); the directive is handled by Astro itself.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          log(level, warning);
        },
      },
    },
  },
});
