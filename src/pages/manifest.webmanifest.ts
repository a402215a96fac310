import type { APIRoute } from 'astro';
import { webManifest } from '../build/site-files';
import { SITE } from '../site.config';

/** The web app manifest, built with the deploy base so the installed app opens and stays under it. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      webManifest({ title: SITE.title, shortTitle: SITE.shortTitle, description: SITE.description, base: import.meta.env.BASE_URL }),
      null,
      2,
    ),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
