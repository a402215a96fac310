// Exact source spans of elements in built HTML, for the post-build steps that cut pieces out of a page and must leave
// everything else byte for byte (so a page's CSP hashes and its other markup stay valid).
import { Parser } from 'htmlparser2';

/** An element found in a page: where its source starts and ends, its text (undecoded), and what the matcher kept. */
export interface ElementSpan<T> {
  start: number;
  end: number;
  text: string;
  match: T;
}

/** One cut in a page: the source from `start` to `end` is replaced by `with`. */
export interface Splice {
  start: number;
  end: number;
  with: string;
}

/**
 * The text-only elements (script, style) that `match` accepts, with their exact source spans. `match` sees each
 * element's name and attributes and returns what to keep about it, or undefined to skip it.
 */
export function findElements<T>(html: string, match: (name: string, attrs: Record<string, string>) => T | undefined): ElementSpan<T>[] {
  const found: ElementSpan<T>[] = [];
  let open: { name: string; start: number; text: string; match: T } | undefined;
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const kept = match(name, attrs);
        if (kept !== undefined) open = { name, start: parser.startIndex, text: '', match: kept };
      },
      ontext(text) {
        if (open) open.text += text;
      },
      onclosetag(name) {
        if (!open || open.name !== name) return;
        found.push({ start: open.start, end: parser.endIndex + 1, text: open.text, match: open.match });
        open = undefined;
      },
    },
    { decodeEntities: false },
  );
  parser.write(html);
  parser.end();
  return found;
}

/** The page with each splice applied; splices must not overlap. */
export function applySplices(html: string, splices: readonly Splice[]): string {
  let out = '';
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start)) {
    out += html.slice(at, s.start) + s.with;
    at = s.end;
  }
  return out + html.slice(at);
}
