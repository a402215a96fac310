// Small files the build writes next to the pages (the web app manifest, so the course installs, and robots.txt) and the
// public address absolute URLs are made from.
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

/**
 * robots.txt: everything may be crawled. With the public address known, the sitemap index is named by its absolute
 * URL, as crawlers require; without it there is no sitemap to name.
 */
export function robotsTxt(site: URL | string | undefined, base: string): string {
  const rules = 'User-agent: *\nAllow: /\n';
  return site === undefined ? rules : `${rules}\nSitemap: ${new URL(withBase(base, '/sitemap-index.xml'), site).href}\n`;
}

/** What the build tells whoever deploys it when SITE_URL is not set. */
export const SITE_URL_MISSING =
  'SITE_URL is not set, so this build has no canonical links, og:url, og:image, sitemap or Sitemap line in robots.txt. ' +
  'Set it to the public address when you build for a deploy: SITE_URL=https://course.example.org npm run build';

/**
 * The public address from SITE_URL: undefined when unset or blank (absolute URLs are then left out rather than
 * pointing at a machine that is not the deploy); throws when it is not an http(s) address.
 */
export function siteUrl(raw: string | undefined): string | undefined {
  const value = raw?.trim() ?? '';
  if (value === '') return undefined;
  const url = URL.parse(value);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(`SITE_URL must be the site's public http(s) address, such as https://course.example.org, not ${JSON.stringify(raw)}`);
  }
  return url.origin + url.pathname;
}

/** What the build tells the course's owner while learners have no way to report an error from the footer. */
export const REPORT_ERRORS_MISSING =
  'SITE.reportErrors is not set in src/site.config.ts, so the footer offers learners no way to report an error. ' +
  'Set it to a mailto: address or an issue-tracker URL.';

/**
 * The footer's "Report an error" link on a page: a mailto: address gets the page's title as the subject and its
 * address in the body, so the report says where; any other URL (an issue tracker) is used as it is.
 */
export function reportLink(target: string | undefined, page: { title: string; url: string }): string | undefined {
  if (!target?.startsWith('mailto:')) return target;
  const query = new URLSearchParams({ subject: `Error in ${page.title}`, body: `Page: ${page.url}\n\nWhat is wrong:\n` });
  // mailto: wants %20 for spaces: some mail apps show a + as it is.
  return `${target}${target.includes('?') ? '&' : '?'}${query.toString().replaceAll('+', '%20')}`;
}
