/** A block of quiz text: a paragraph with inline marks, or a code block shown as written. */
export type Block = { type: 'p'; text: string } | { type: 'code'; code: string; lang?: string | undefined };

/** Quiz text after authoring shorthand is expanded: a list of blocks. */
export type RichText = Block[];

/** What an author may write: a string (blank lines split paragraphs) or a list of paragraphs and { code, lang } blocks. */
export type RichTextInput = string | Array<string | { code: string; lang?: string | undefined }>;

/** One run of inline text: plain, `code`, **strong** or *em*. */
export interface InlineRun {
  kind: 'text' | 'code' | 'strong' | 'em';
  text: string;
}

/** Expands the authoring shorthand into blocks, dropping empty paragraphs. */
export function toBlocks(input: RichTextInput): RichText {
  const items = typeof input === 'string' ? [input] : input;
  const blocks: RichText = [];
  for (const item of items) {
    if (typeof item === 'string') {
      for (const para of item.split(/\n\s*\n/)) {
        const text = para.trim().replace(/\s*\n\s*/g, ' ');
        if (text !== '') blocks.push({ type: 'p', text });
      }
    } else {
      blocks.push({ type: 'code', code: item.code.replace(/^\n+|\s+$/g, ''), lang: item.lang });
    }
  }
  return blocks;
}

/** Splits a paragraph into plain, `code`, **strong** and *em* runs; unmatched markers stay as plain text. */
export function parseInline(text: string): InlineRun[] {
  const runs: InlineRun[] = [];
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s](?:[^*]*[^*\s])?)\*/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    if (match[1] !== undefined) runs.push({ kind: 'code', text: match[1] });
    else if (match[2] !== undefined) runs.push({ kind: 'strong', text: match[2] });
    else runs.push({ kind: 'em', text: match[3] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}

/** The text a reader sees, without inline markers: for labels, fingerprints and error messages. */
export function plainText(text: string): string {
  return parseInline(text)
    .map((r) => r.text)
    .join('');
}
