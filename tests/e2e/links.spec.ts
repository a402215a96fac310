import { expect, test } from '@playwright/test';
import { readSite } from '../../src/integrations/read-site';
import { findBrokenLinks, formatBrokenLinks } from '../../src/build/links';
import { DIST, DIST_SUBPATH } from '../perf/built-pages';

// The same checker the build runs at its end, run again over what is on disk now: pages, assets and #anchors.
for (const [dir, base] of [
  [DIST, '/'],
  [DIST_SUBPATH, '/course/'],
] as const) {
  test(`no page in ${dir.split('/').at(-2)}/ links to a missing page, file or section`, async () => {
    const { pages, files } = await readSite(dir, base);
    expect(pages.length, 'the built site has pages').toBeGreaterThan(1);
    expect(pages.map((p) => p.url)).toContain(base);
    const refs = pages.reduce((n, p) => n + p.refs.length, 0);
    expect(refs, 'links were found to check').toBeGreaterThan(pages.length);
    const broken = findBrokenLinks(pages, files, base);
    expect(broken, formatBrokenLinks(broken)).toEqual([]);
  });
}
