// Turns Pagefind's result data into what the search box shows: lessons, each with the sections that matched.
// Framework-free so it can be unit tested and used by the small search script alike.

/** The parts of a Pagefind sub-result (a section of a page, under one heading) that the search box uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  anchor?: { element?: string; id?: string; text?: string } | undefined;
  weighted_locations?: { weight: number; balanced_score: number; location: number }[] | undefined;
}

/** The parts of one Pagefind page result (after `await result.data()`) that the search box uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results?: PagefindSubResult[] | undefined;
}

/** One section of a lesson that matched: its heading, the link to it (with #anchor) and a short excerpt. */
export interface SectionHit {
  title: string;
  url: string;
  excerpt: string;
}

/** One lesson that matched, with its best-matching sections. */
export interface LessonHit {
  lesson: string;
  url: string;
  excerpt: string;
  sections: SectionHit[];
}

/** A run of excerpt text, marked when it is one of the words searched for. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const score = (sub: PagefindSubResult): number =>
  (sub.weighted_locations ?? []).reduce((sum, loc) => sum + (Number.isFinite(loc.balanced_score) ? loc.balanced_score : 0), 0);

/**
 * Keeps, for each page, the sections that sit under a heading with an id (so the link lands on it), best first,
 * at most `maxSections`; a match before the first heading links to the page itself.
 */
export function toLessonHits(results: readonly PagefindResultData[], maxSections = 3): LessonHit[] {
  return results.map((result) => {
    const subs = (result.sub_results ?? []).filter((sub) => sub.url.includes('#') && sub.anchor?.id);
    const sections = subs
      .map((sub, order) => ({ sub, order, score: score(sub) }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .slice(0, Math.max(0, maxSections))
      .map(({ sub }) => ({ title: sub.title.trim(), url: sub.url, excerpt: sub.excerpt }));
    const lesson = (result.meta['title'] ?? '').trim() || result.url;
    return { lesson, url: result.url, excerpt: result.excerpt, sections };
  });
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

// A marked word's punctuation: sentence marks, brackets and quotes (not "%", "$" or a hyphen, which belong to a figure or word).
const MARK_EDGES = /^([.,;:!?…()[\]{}"'“”‘’«»]*)(.*?)([.,;:!?…()[\]{}"'“”‘’«»]*)$/su;

/**
 * Splits a Pagefind excerpt ("…about <mark>forgetting</mark> in…") into plain text runs, so the page can build
 * it from text nodes and <mark> elements and never parse the excerpt as HTML. Any other tag is dropped.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (text === '') return;
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  let mark = false;
  for (const piece of excerpt.split(/(<\/?[a-z][^>]*>)/i)) {
    if (/^<\/?mark\b/i.test(piece)) {
      mark = !piece.startsWith('</');
      continue;
    }
    if (piece.startsWith('<') && piece.endsWith('>')) continue;
    const text = decodeEntities(piece);
    // Pagefind marks a word with the punctuation around it ("<mark>(LoRA).</mark>"): the highlight keeps the word only.
    const [, lead = '', word = '', trail = ''] = mark ? MARK_EDGES.exec(text)! : ['', '', text];
    push(lead, false);
    push(word, mark);
    push(trail, false);
  }
  return parts;
}

/** What the search box does with its text: nothing (null, when empty), ask politely for more, or search for `search`. */
export type QueryPlan = { search: string } | { note: string } | null;

/**
 * Plans a search for what the learner typed: currency signs are left out (Pagefind finds the figure "$2.25" by "2.25",
 * never with the sign), and a query needs 2 letters or digits, as one letter matches nearly every section.
 */
export function planQuery(typed: string): QueryPlan {
  if (typed.trim() === '') return null;
  const search = typed
    .replace(/\p{Sc}/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if ((search.match(/[\p{L}\p{N}]/gu) ?? []).length < 2) return { note: 'Please type at least 2 letters or digits to search.' };
  return { search };
}

/** The sentence announced to screen readers (and shown) after a search: how many lessons and sections matched. */
export function searchSummary(query: string, hits: readonly LessonHit[]): string {
  const q = query.trim();
  if (q === '') return '';
  if (hits.length === 0) return `No results for “${q}”`;
  const sections = hits.reduce((n, h) => n + h.sections.length, 0);
  const lessons = `${hits.length} ${hits.length === 1 ? 'lesson' : 'lessons'}`;
  const inSections = sections > 0 ? `, ${sections} ${sections === 1 ? 'section' : 'sections'}` : '';
  return `${lessons}${inSections} found for “${q}”`;
}
