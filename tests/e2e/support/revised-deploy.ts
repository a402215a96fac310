import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeOfflineFiles } from '../../../src/integrations/offline-course.ts';
import { PROJECT } from '../../support/astro.ts';

/** The paragraph the revised deploy adds at the end of lesson 9.2, so a test can tell which deploy it sees. */
export const UPDATE_MARKER = 'This lesson was revised in a newer build of the course.';
/** The one page the revised deploy changes (its folder in the build). */
const REVISED_PAGE = 'fine-tuning/dataset-preparation/index.html';

/**
 * The next deploy of the build in `dist`, made without building again: a copy (under node_modules/.cache, so nothing
 * lands in git) whose lesson 9.2 ends with UPDATE_MARKER, as an author's edit would end it, with the search index,
 * course index and service worker written anew by the build's own step (writeOfflineFiles). Every other course file
 * stays byte for byte the same. Returns the copy's folder.
 */
export async function revisedDeploy(dist: string, name: string): Promise<string> {
  const next = join(PROJECT, 'node_modules/.cache/revised-deploy', name);
  await rm(next, { recursive: true, force: true });
  await cp(dist, next, { recursive: true });
  const page = join(next, REVISED_PAGE);
  const html = await readFile(page, 'utf8');
  if (!html.includes('</article>')) throw new Error(`${REVISED_PAGE} has no </article> to add the revision to`);
  await writeFile(page, html.replace('</article>', `<p>${UPDATE_MARKER}</p></article>`));
  // Pagefind writes only the files of the new index; the old ones would otherwise stay listed in the course index.
  await rm(join(next, 'pagefind'), { recursive: true, force: true });
  await writeOfflineFiles(next);
  return next;
}
