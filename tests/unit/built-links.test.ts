import { describe, expect, it } from 'vitest';
import { findBrokenLinks, formatBrokenLinks } from '../../src/build/links';
import { readSite } from '../../src/integrations/read-site';
import { builtSite, SITES } from '../support/sites';

// The same checker the build runs at its end, run again over both builds of the test run: pages, assets and #anchors.
describe('the built sites', () => {
  it.each([SITES.root, SITES.subpath])('$dir/ (base $base) has no link to a missing page, file or section', async (site) => {
    const { pages, files } = await readSite(builtSite(site), site.base);
    expect(pages.length, 'the built site has pages').toBeGreaterThan(1);
    expect(pages.map((p) => p.url)).toContain(site.base);
    const refs = pages.reduce((n, p) => n + p.refs.length, 0);
    expect(refs, 'links were found to check').toBeGreaterThan(pages.length);
    const broken = findBrokenLinks(pages, files, site.base);
    expect(broken, formatBrokenLinks(broken)).toEqual([]);
  });
});
