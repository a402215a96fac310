import type { APIRoute } from 'astro';
import { robotsTxt } from '../build/site-files';

/** robots.txt, pointing crawlers at the sitemap index on the configured site URL. */
export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(site ?? 'http://localhost:4321', import.meta.env.BASE_URL), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
