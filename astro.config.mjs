// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/integrations/base-links.ts';
import { checkLinks } from './src/integrations/check-links.ts';
import { normaliseBase } from './src/lib/paths.ts';

// A deploy under a sub-path sets BASE_PATH=/course/; the default serves from the root.
const base = normaliseBase(process.env.BASE_PATH);

export default defineConfig({
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
      themes: { light: 'github-light', dark: 'github-dark' },
      defaultColor: 'light',
    },
  },
  outDir: process.env.OUT_DIR ?? './dist',
  integrations: [mdx(), preact(), checkLinks()],
  vite: {
    build: {
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
