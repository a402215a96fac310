import { mdxToMdast } from 'satteri';
import { AstroError } from 'astro/errors';
import { MARKDOWN_FEATURES } from './markdown-features.ts';

// A lesson's quizzes read once from its MDX source: the Markdown tree says where every tag stands and which part of a
// question each block is; each part's Markdown source is then rendered by Astro's own Markdown pipeline
// (src/build/course-loader.ts). Nothing here reads HTML.

/** Quiz text rendered from an author's Markdown: HTML for the page, and plain text for messages and fingerprints. */
export interface Rendered {
  html: string;
  text: string;
}

/** A choice as written: `- [x] text` (a right answer) or `- [ ] text`, with the lines under it as its explanation. */
export interface MarkupChoice {
  label: Rendered;
  correct: boolean;
  why: Rendered | undefined;
}

/** One <Question> as written, in its parts (a part it lacks is left out); `problems` says where its Markdown does not fit the format. */
export interface MarkupQuestion {
  /** The attributes of <Question>, for the schema to check. */
  props: unknown;
  /** The question itself: the first paragraph. */
  prompt?: Rendered;
  /** What the question shows under its first paragraph (a code block, a list), before the choices. */
  context?: Rendered;
  /** The task list. */
  choices?: MarkupChoice[];
  /** Everything after the choices or the model answer. */
  explanation?: Rendered;
  modelAnswer?: Rendered;
  /** The attributes of <ModelAnswer> (it takes none). */
  modelAnswerProps?: unknown;
  /** The attributes of <NumericAnswer>. */
  numeric?: unknown;
  /** The items of <Ordering>'s numbered list, in the right order. */
  ordering?: Rendered[] | undefined;
  /** Each <Hint>, in the order written. */
  hints: Rendered[];
  problems: string[];
}

/** What a <Quiz> holds: its questions, and the text of anything written outside a <Question>. */
export interface MarkupQuiz {
  questions: MarkupQuestion[];
  stray: string[];
}

/** A <Quiz> as written: its attributes, its line and what it holds. */
export interface QuizSource {
  props: Record<string, unknown>;
  line: number;
  markup: MarkupQuiz;
}

/** A part's Markdown waiting to be rendered into `target.html`; an inline part (a prompt, a choice) loses its paragraph. */
export interface PendingPart {
  target: Rendered;
  markdown: string;
  inline: boolean;
}

interface Point {
  line: number;
  column: number;
  offset: number;
}
interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}
/** A node of Sätteri's Markdown tree, as far as quizzes need it. */
interface Node {
  type: string;
  name?: string | null;
  value?: string;
  checked?: boolean | null;
  ordered?: boolean | null;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point; end: Point };
}

// Where each quiz tag may stand.
const PARENT: Record<string, string> = {
  Question: 'Quiz',
  ModelAnswer: 'Question',
  NumericAnswer: 'Question',
  Ordering: 'Question',
  Hint: 'Question',
};
const PART_NAMES = new Set(['ModelAnswer', 'NumericAnswer', 'Ordering', 'Hint']);
const isJsx = (n: Node) => n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement';
const isTag = (n: Node, name: string) => isJsx(n) && n.name === name;
const lineOf = (n: Node) => n.position?.start.line ?? 0;

/** Text as a message or a fingerprint wants it: one line, and typographic quotes as typed, so smart punctuation cannot reword it. */
export function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

// What the Markdown pipeline's smart punctuation does to text, so a fingerprint reads as the page does.
const smart = (t: string) =>
  t
    .replace(/---/g, '—')
    .replace(/--/g, '–')
    .replace(/\.\.\./g, '…');

/** Reads every <Quiz> of a lesson's MDX; `figure` gives the text of a <Figure name>. Throws for a tag out of place. */
export function readQuizzes(mdx: string, file: string, figure: (name: string) => string): { quizzes: QuizSource[]; pending: PendingPart[] } {
  const tree = mdxToMdast(mdx, { features: MARKDOWN_FEATURES, position: true }) as Node;
  const reader = new Reader(mdx, file, figure);
  const quizzes: QuizSource[] = [];
  const walk = (node: Node, parent: Node | undefined) => {
    reader.checkPlace(node, parent);
    if (isTag(node, 'Quiz')) quizzes.push({ props: reader.attributes(node, []), line: lineOf(node), markup: reader.quiz(node) });
    for (const child of node.children ?? []) walk(child, node);
  };
  walk(tree, undefined);
  return { quizzes, pending: reader.pending };
}

class Reader {
  readonly pending: PendingPart[] = [];
  constructor(
    private readonly src: string,
    private readonly file: string,
    private readonly figure: (name: string) => string,
  ) {}

  /** Fails the build, naming the file and line, for a quiz tag where it cannot stand. */
  checkPlace(node: Node, parent: Node | undefined) {
    const wanted = node.name ? PARENT[node.name] : undefined;
    if (!wanted || !isJsx(node)) return;
    const where = `${this.file}:${lineOf(node)}`;
    if (node.type === 'mdxJsxTextElement')
      throw new AstroError(
        `${where}: <${node.name}> must start on a line of its own`,
        'Put the tag on its own line, with its Markdown on the lines below it.',
      );
    if (parent?.name !== wanted)
      throw new AstroError(`${where}: <${node.name}> must stand directly inside a <${wanted}>`, 'Move it there, with a blank line before and after.');
  }

  /** The attributes of a tag: text as written, a bare name as true, an expression ({2055}) as its number or text. */
  attributes(node: Node, problems: string[]): Record<string, unknown> {
    const props: Record<string, unknown> = {};
    for (const a of node.attributes ?? []) {
      if (a.type !== 'mdxJsxAttribute' || !a.name) {
        problems.push(`has a spread attribute on <${node.name}>: write each attribute as name="value"`);
        continue;
      }
      const v = a.value;
      if (v === null || v === undefined) props[a.name] = true;
      else if (typeof v === 'string') props[a.name] = v;
      else {
        const expr = String((v as { value?: unknown }).value ?? '').trim();
        props[a.name] = /^-?\d+(\.\d+)?$/.test(expr) ? Number(expr) : expr === 'true' ? true : expr === 'false' ? false : expr;
      }
    }
    return props;
  }

  quiz(node: Node): MarkupQuiz {
    const quiz: MarkupQuiz = { questions: [], stray: [] };
    for (const child of node.children ?? []) {
      if (isTag(child, 'Question')) quiz.questions.push(this.question(child));
      else quiz.stray.push(this.describe(child));
    }
    return quiz;
  }

  question(el: Node): MarkupQuestion {
    const problems: string[] = [];
    const q: MarkupQuestion = { props: this.attributes(el, problems), hints: [], problems };
    const before: Node[] = [];
    const after: Node[] = [];
    for (const node of el.children ?? []) {
      if (this.isChoiceList(node, problems)) {
        if (q.choices) problems.push('has two lists of choices: put every choice in one list');
        else q.choices = (node.children ?? []).map((li) => this.choice(li));
      } else if (isTag(node, 'ModelAnswer')) {
        if (q.modelAnswer) problems.push('has two <ModelAnswer> blocks: keep one');
        q.modelAnswer = this.part(node.children ?? [], false);
        q.modelAnswerProps = this.attributes(node, problems);
      } else if (isTag(node, 'NumericAnswer')) {
        if (q.numeric) problems.push('has two <NumericAnswer>s: keep one');
        q.numeric = this.attributes(node, problems);
        if ((node.children ?? []).length > 0)
          problems.push('has text inside <NumericAnswer>: write it as <NumericAnswer ... />, with the explanation after it');
      } else if (isTag(node, 'Ordering')) {
        if (q.ordering) problems.push('has two <Ordering> blocks: keep one');
        q.ordering = this.ordering(node, problems);
      } else if (isTag(node, 'Hint')) q.hints.push(this.part(node.children ?? [], false));
      else (q.choices || q.modelAnswer || q.numeric || q.ordering ? after : before).push(node);
    }
    const [first, ...rest] = before;
    if (first?.type === 'paragraph') {
      q.prompt = this.part([first], true);
      if (rest.length > 0) q.context = this.part(rest, false);
    } else if (first) {
      problems.push(`starts with ${this.describe(first)}: start it with the question as a sentence, then the code or list it shows`);
    }
    if (after.length > 0) q.explanation = this.part(after, false);
    this.checkInside(el, problems);
    return q;
  }

  /** What a question's Markdown may not hold: headings, other tags, a quiz part inside a block. */
  private checkInside(el: Node, problems: string[]) {
    const found = new Set<string>();
    const visit = (node: Node, depth: number) => {
      if (node.type === 'heading')
        found.add('has a heading: a question cannot hold one (it would join the lesson’s table of contents); use **bold** text');
      else if (isTag(node, 'Question')) found.add('has a <Question> inside it: close each </Question> before the next');
      else if (isJsx(node) && node.name && PART_NAMES.has(node.name) && depth > 0)
        found.add(`has a <${node.name}> inside a paragraph, list or block: write it on its own lines, directly inside <Question>`);
      // HTML tags (<kbd>, <sub>) are Markdown's own; a component would not render in a quiz's text.
      else if (isJsx(node) && !/^[a-z]/.test(node.name ?? '') && node.name !== 'Figure' && !(node.name && PART_NAMES.has(node.name)))
        found.add(`has <${node.name ?? ''}>: a question holds Markdown, HTML tags and <Figure> only`);
      else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') found.add('has a {…} expression: write the text itself');
      for (const child of node.children ?? []) visit(child, isJsx(node) && node.name && PART_NAMES.has(node.name) ? depth : depth + 1);
    };
    for (const child of el.children ?? []) visit(child, 0);
    problems.push(...found);
  }

  /** The items of an <Ordering>: one numbered list, each item's text (a single paragraph rendered inline). */
  private ordering(el: Node, problems: string[]): Rendered[] | undefined {
    const [list, ...rest] = el.children ?? [];
    if (!list || list.type !== 'list' || !list.ordered || rest.length > 0) {
      problems.push('has an <Ordering> that is not one numbered list: write the items inside it as "1. ...", "2. ...", in the right order');
      return undefined;
    }
    return (list.children ?? []).map((li) => {
      const kids = li.children ?? [];
      return this.part(kids, kids.length === 1 && kids[0]!.type === 'paragraph');
    });
  }

  /** A list is the choices when its items are task items (`- [ ]`, `- [x]`); a plain list belongs to the text. */
  private isChoiceList(node: Node, problems: string[]): boolean {
    if (node.type !== 'list') return false;
    const items = node.children ?? [];
    const tasks = items.filter((li) => typeof li.checked === 'boolean').length;
    if (tasks > 0 && tasks < items.length)
      problems.push('mixes choices ("- [ ]", "- [x]") and plain items in one list: start every choice with [ ] or [x]');
    return tasks > 0 && tasks === items.length;
  }

  // The first line of a choice is what the learner picks; the lines under it, and any blocks after, explain it.
  private choice(li: Node): MarkupChoice {
    const [first, ...blocks] = li.children ?? [];
    const correct = li.checked === true;
    if (!first || first.type !== 'paragraph')
      return { label: this.part([], true), correct, why: blocks.length > 0 ? this.part(blocks, false) : undefined };
    const [labelMd = '', ...moreMd] = this.source([first]).split('\n');
    const [labelText = '', ...moreText] = this.text(first, true).split('\n');
    const label = this.pend(labelMd.replace(/\\$|\s+$/, ''), labelText, true);
    const whyMd = [moreMd.join('\n').trim(), blocks.length > 0 ? this.source(blocks) : ''].filter(Boolean).join('\n\n');
    const whyText = [moreText.join('\n'), ...blocks.map((b) => this.text(b))].join(' ');
    return { label, correct, why: whyMd ? this.pend(whyMd, whyText, false) : undefined };
  }

  private part(nodes: Node[], inline: boolean): Rendered {
    return this.pend(nodes.length > 0 ? this.source(nodes) : '', nodes.map((n) => this.text(n)).join(' '), inline);
  }

  private pend(markdown: string, text: string, inline: boolean): Rendered {
    const target: Rendered = { html: '', text: plain(smart(text)) };
    if (markdown.trim() !== '') this.pending.push({ target, markdown, inline });
    return target;
  }

  /** The text a node reads as (figures as their values); `lines` keeps soft line breaks. */
  private text(node: Node, lines = false): string {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return node.value ?? '';
    if (isTag(node, 'Figure')) return this.figureOf(node);
    if (node.type === 'break') return lines ? '\n' : ' ';
    const sep = node.type === 'list' || node.type === 'listItem' || node.type === 'root' ? ' ' : '';
    return (node.children ?? []).map((c) => this.text(c, lines)).join(sep);
  }

  private figureOf(node: Node): string {
    const name = node.attributes?.find((a) => a.name === 'name')?.value;
    return this.figure(typeof name === 'string' ? name : '');
  }

  /**
   * The Markdown source of consecutive nodes, as written, with the indentation of their list item taken off and each
   * <Figure> replaced by its value, escaped so it reads as text.
   */
  private source(nodes: Node[]): string {
    const start = nodes[0]!.position!.start;
    const end = nodes[nodes.length - 1]!.position!.end;
    const figures: Node[] = [];
    const collect = (n: Node) => {
      if (isTag(n, 'Figure')) figures.push(n);
      else n.children?.forEach(collect);
    };
    nodes.forEach(collect);
    let out = '';
    let at = start.offset;
    for (const f of figures) {
      out += this.src.slice(at, f.position!.start.offset) + this.figureOf(f).replace(/[\\`*_[\]<>{}#|~]/g, '\\$&');
      at = f.position!.end.offset;
    }
    out += this.src.slice(at, end.offset);
    const indent = start.column - 1;
    return indent === 0 ? out : out.replace(new RegExp(`\\n[ \\t]{0,${indent}}`, 'g'), '\n');
  }

  /** How a message names a block: the text "…", a code block, a list. */
  describe(node: Node): string {
    if (node.type === 'paragraph') {
      const text = plain(smart(this.text(node)));
      return `the text "${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
    }
    if (isJsx(node)) return `<${node.name ?? ''}>`;
    return { code: 'a code block', list: 'a list', blockquote: 'a quote', table: 'a table', heading: 'a heading' }[node.type] ?? `a ${node.type}`;
  }
}

/** Puts a part's rendered HTML in place: an inline part (a prompt, a choice, an item) is one paragraph, shown without it. */
export function fillPart(part: PendingPart, rendered: string): void {
  const html = rendered.trim();
  const inner = part.inline ? /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1] : undefined;
  part.target.html = inner !== undefined && !inner.includes('<p>') ? inner : html;
}

/** Renders every pending part with `render` (Astro's Markdown pipeline at build time), one at a time. */
export async function renderParts(pending: readonly PendingPart[], render: (markdown: string) => Promise<string>): Promise<void> {
  // One at a time: Shiki loads a language the first time a block needs it, and highlighting while that load is under
  // way gave some tokens another colour in one build of two (a Python `int`).
  for (const p of pending) fillPart(p, await render(p.markdown));
}
