/** What the checker needs to know about one built HTML page. */
export interface PageLinks {
  /** URL path the page is served at, with the deploy base: "/course/fine-tuning/x/". */
  url: string;
  /** The content file the page was built from, when the page names one (data-source). */
  source: string | undefined;
  /** Every id (and a[name]) on the page: the #fragments that land somewhere. */
  ids: Set<string>;
  /** Every URL the page refers to (a, link, script, img, source). */
  refs: string[];
}

/** One reference that leads nowhere, with a message an author can act on. */
export interface BrokenLink {
  page: string;
  source: string | undefined;
  ref: string;
  message: string;
}

const ORIGIN = 'http://site.invalid';

/**
 * Finds internal references in built pages that lead nowhere: a missing page or asset, a path outside the
 * deploy base, or a #fragment no element on the target page has. External URLs are not fetched.
 */
export function findBrokenLinks(pages: PageLinks[], files: Set<string>, base: string): BrokenLink[] {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const ref of new Set(page.refs)) {
      const problem = checkRef(page, ref, byUrl, files, base);
      if (problem) broken.push({ page: page.url, source: page.source, ref, message: problem });
    }
  }
  return broken;
}

function checkRef(page: PageLinks, ref: string, byUrl: Map<string, PageLinks>, files: Set<string>, base: string): string | undefined {
  if (/^(mailto|tel|data|javascript|blob):/i.test(ref)) return undefined;
  let url: URL;
  try {
    url = new URL(ref, ORIGIN + page.url);
  } catch {
    return `"${ref}" is not a valid URL`;
  }
  if (url.origin !== ORIGIN) return undefined;
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `"${ref}" points outside the site's base path ${base}`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  const target = path === page.url ? page : byUrl.get(path);
  if (!target) {
    const rel = path.slice(base.length);
    if (files.has(rel)) return fragment ? `"${ref}" has a #fragment but points at a file, not a page` : undefined;
    if (byUrl.has(`${path}/`)) return `"${ref}" is missing its trailing slash: write "${path}/"`;
    return `"${ref}" points to a page or file that does not exist`;
  }
  if (fragment && !target.ids.has(fragment)) {
    return `"${ref}" points to a section #${fragment} that does not exist on ${target.url}`;
  }
  return undefined;
}

/** Formats broken links as one readable report, grouped by the content file (or page) they come from. */
export function formatBrokenLinks(broken: BrokenLink[]): string {
  const groups = Map.groupBy(broken, (b) => b.source ?? `page ${b.page}`);
  const lines = [`${broken.length} broken link(s) in the built site:`];
  for (const [where, items] of groups) {
    lines.push(`  ${where}${items[0]?.source ? ` (page ${items[0].page})` : ''}:`);
    for (const b of items) lines.push(`    - ${b.message}`);
  }
  return lines.join('\n');
}
