// Island data at build time: the file URL a widget's data gets, and taking the data out of built pages.
import { createHash } from 'node:crypto';
import { applySplices, findElements } from './html-spans.ts';
import { ISLAND_DATA_ATTRIBUTE, serialiseIslandData } from './island-data.ts';

/** The URL a widget's data is served under: named by its content hash, so a changed quiz never reuses a cached file. */
export function islandDataUrl(assetsUrl: string, kind: string, json: string): string {
  const hash = createHash('sha256').update(json, 'utf8').digest('hex').slice(0, 10);
  return `${assetsUrl.replace(/\/?$/, '/')}${kind}.${hash}.json`;
}

/**
 * What a widget's `.astro` wrapper needs to make it a data island: the data as JSON for IslandData.astro, and the URL
 * its island fetches it from (under the assets folder of the deploy base).
 */
export function prepareIslandData(base: string, kind: string, data: unknown): { src: string; json: string } {
  const json = serialiseIslandData(data);
  return { src: islandDataUrl(`${base.replace(/\/?$/, '/')}_astro/`, kind, json), json };
}

/** One data file that left a page: its URL and its JSON text. */
export interface IslandDataFile {
  url: string;
  text: string;
}

/**
 * Takes the island data out of a built page: each `<script type="application/json" data-island-data="URL">` is
 * removed and returned as a file to write at URL. Everything else in the page is left byte for byte.
 */
export function extractIslandData(html: string): { html: string; files: IslandDataFile[] } {
  // Most pages have no widget data: skip parsing them (a 500-lesson build reads every page here).
  if (!html.includes(ISLAND_DATA_ATTRIBUTE)) return { html, files: [] };
  const found = findElements(html, (name, attrs) => {
    const url = attrs[ISLAND_DATA_ATTRIBUTE];
    return name === 'script' && attrs['type'] === 'application/json' && url ? url : undefined;
  });
  const out = applySplices(
    html,
    found.map((f) => ({ ...f, with: '' })),
  );
  return { html: out, files: found.map((f) => ({ url: f.match, text: f.text })) };
}
