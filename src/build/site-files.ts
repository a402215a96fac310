// Small files the build writes next to the pages: the web app manifest (so the course installs) and robots.txt.
import { withBase } from '../lib/paths.ts';

/** The course's colours outside the page: the install splash background and the browser UI tint. */
export const APP_COLORS = { background: '#ffffff', theme: '#0550ae' } as const;

/** The icons the manifest and the page head refer to, as root-relative paths (before the deploy base). */
export const ICONS = {
  svg: '/icons/icon.svg',
  png192: '/icons/icon-192.png',
  png512: '/icons/icon-512.png',
  maskable512: '/icons/icon-maskable-512.png',
  appleTouch: '/icons/apple-touch-icon.png',
} as const;

/** What the manifest needs to know about the course. */
export interface ManifestInput {
  title: string;
  shortTitle: string;
  description: string;
  base: string;
}

/** The web app manifest: installs as a standalone app that opens at the course home, under the deploy base. */
export function webManifest({ title, shortTitle, description, base }: ManifestInput): Record<string, unknown> {
  const start = withBase(base, '/');
  return {
    id: start,
    name: title,
    short_name: shortTitle,
    description,
    lang: 'en',
    start_url: start,
    scope: start,
    display: 'standalone',
    background_color: APP_COLORS.background,
    theme_color: APP_COLORS.theme,
    icons: [
      { src: withBase(base, ICONS.svg), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: withBase(base, ICONS.png192), sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: withBase(base, ICONS.png512), sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: withBase(base, ICONS.maskable512), sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

/** robots.txt: everything may be crawled; the sitemap index is named by its absolute URL, as crawlers require. */
export function robotsTxt(site: URL | string, base: string): string {
  const sitemap = new URL(withBase(base, '/sitemap-index.xml'), site).href;
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`;
}
