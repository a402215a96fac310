import type { APIRoute } from 'astro';
import { robotsTxt } from '../build/site-files';

/** robots.txt, pointing crawlers at the sitemap index on the public address (SITE_URL) when the build has one. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site, import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
