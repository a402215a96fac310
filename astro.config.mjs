// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { checkLinks } from './src/integrations/check-links.ts';
import { pageScripts } from './src/integrations/page-scripts.ts';
import { ASTRO_ISLAND_STYLE } from './src/lib/page-scripts.ts';
import { cspHeaders } from './src/integrations/csp-headers.ts';
import { CSP_DIRECTIVES, SCRIPT_RESOURCES, STYLE_RESOURCES, sha256Source } from './src/lib/csp.ts';
import { HEAD_SCRIPT } from './src/lib/head-script.ts';
import { offlineCourse } from './src/integrations/offline-course.ts';
import { fileURLToPath } from 'node:url';
import { normaliseBase } from './src/lib/paths.ts';
import { CODE_THEMES } from './src/lib/code-themes.ts';
import { tokenClassTransformer } from './src/lib/code-tokens.ts';

// Offline support is two build steps, listed around the checks below: the search index, then the service worker.
const offline = offlineCourse();

// A deploy under a sub-path sets BASE_PATH=/course/; the default serves from the root.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
  // Absolute, so fixture sites in tests/fixtures (built with --root) reuse this project's code and assets.
  srcDir: fileURLToPath(new URL('./src', import.meta.url)),
  publicDir: fileURLToPath(new URL('./public', import.meta.url)),
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  server: { port: 4321 },
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      hastPlugins: [baseLinksPlugin(base)],
    }),
    shikiConfig: {
      themes: CODE_THEMES,
      // Tokens carry their two colours as custom properties only, named by class (src/lib/code-tokens.ts).
      defaultColor: false,
      transformers: [tokenClassTransformer(CODE_THEMES.light, CODE_THEMES.dark)],
    },
  },
  outDir: process.env.OUT_DIR ?? './dist',
  // Order matters after the build: pageScripts() rewrites the pages before anything reads them; Pagefind then indexes
  // them for search in its own process while the links and policies are checked; the service worker, last,
  // precaches everything built, the search index included.
  integrations: [
    mdx(),
    // Preact components are the .tsx files. Without this, Preact's Babel pass also rewrites every .ts module to the
    // same output: about 1 s of each build.
    preact({ include: [/\.tsx$/] }),
    sitemap(),
    pageScripts({ headScript: HEAD_SCRIPT, providedStyles: [ASTRO_ISLAND_STYLE] }),
    offline.searchIndex,
    checkLinks(),
    cspHeaders(),
    offline.serviceWorker,
  ],
  // A strict policy in every page's <meta> (and in dist/_headers): scripts only from the site or by hash.
  security: {
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_RESOURCES], hashes: [sha256Source(HEAD_SCRIPT)] },
      styleDirective: { resources: [...STYLE_RESOURCES] },
    },
  },
  // Page scripts and styles go to cached files rather than into every page's HTML (lesson HTML budget: 12 KB gzipped),
  // and the whole site shares one stylesheet (cssCodeSplit: false): one render-blocking request, cached after the
  // first page, instead of up to four per lesson.
  // Sixteen pages render at a time: one at a time, a 500-lesson build sat idle a third of its rendering while each
  // page was written to disk (4.5 s -> 2.5 s; the pages are the same bytes).
  build: { inlineStylesheets: 'never', concurrency: 16 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      cssCodeSplit: false,
      rolldownOptions: {
        onLog(level, warning, log) {
          // Known Astro 7 noise for every MDX entry (withastro/astro#18087); the directive is handled by Astro itself.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          log(level, warning);
        },
      },
    },
  },
});
