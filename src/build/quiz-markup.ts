import render from 'dom-serializer';
import type { ChildNode, Element } from 'domhandler';
import { DomUtils, parseDocument } from 'htmlparser2';

// A <Quiz> renders its Markdown children once, at build time; this reads that HTML back into the parts of each
// question. <Question>, <ModelAnswer>, <NumericAnswer>, <Ordering> and <Hint> render only markers (these elements).
const QUESTION = 'quiz-question';
const MODEL_ANSWER = 'quiz-model-answer';
const NUMERIC = 'quiz-numeric';
const ORDERING = 'quiz-ordering';
const HINT = 'quiz-hint';
const PARTS: Record<string, string> = { [MODEL_ANSWER]: '<ModelAnswer>', [NUMERIC]: '<NumericAnswer>', [ORDERING]: '<Ordering>', [HINT]: '<Hint>' };
const BLOCKS = new Set(['p', 'div', 'pre', 'ul', 'ol', 'blockquote', 'table', 'figure', 'hr', QUESTION, ...Object.keys(PARTS)]);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

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

/** One <Question> as written, in its parts; `problems` says where its Markdown does not fit the format. */
export interface MarkupQuestion {
  /** The attributes of <Question>, for the schema to check. */
  props: unknown;
  /** The question itself: the first paragraph. */
  prompt: Rendered | undefined;
  /** What the question shows under its first paragraph (a code block, a list), before the choices. */
  context: Rendered | undefined;
  /** The task list, or undefined when the question has none. */
  choices: MarkupChoice[] | undefined;
  /** Everything after the choices or the model answer. */
  explanation: Rendered | undefined;
  modelAnswer: Rendered | undefined;
  /** The attributes of <ModelAnswer> (it takes none). */
  modelAnswerProps: unknown;
  /** The attributes of <NumericAnswer>, when the question has one. */
  numeric: unknown;
  /** The items of <Ordering>'s numbered list, in the right order, when the question has one. */
  ordering: Rendered[] | undefined;
  /** Each <Hint>, in the order written. */
  hints: Rendered[];
  problems: string[];
}

/** What a <Quiz> holds: its questions, and the text of anything written outside a <Question>. */
export interface MarkupQuiz {
  questions: MarkupQuestion[];
  stray: string[];
}

/** Reads the rendered children of a <Quiz> into questions and their parts, noting every misfit instead of throwing. */
export function readQuizMarkup(html: string): MarkupQuiz {
  const quiz: MarkupQuiz = { questions: [], stray: [] };
  for (const node of significant(parseDocument(html).children)) {
    if (isElement(node, QUESTION)) quiz.questions.push(readQuestion(node));
    else quiz.stray.push(describe(node));
  }
  return quiz;
}

function readQuestion(el: Element): MarkupQuestion {
  const q: MarkupQuestion = {
    props: readProps(el),
    prompt: undefined,
    context: undefined,
    choices: undefined,
    explanation: undefined,
    modelAnswer: undefined,
    modelAnswerProps: undefined,
    numeric: undefined,
    ordering: undefined,
    hints: [],
    problems: [],
  };
  const before: ChildNode[] = [];
  const after: ChildNode[] = [];
  for (const node of significant(el.children)) {
    const part = node.type === 'tag' ? node : undefined;
    if (isChoiceList(node, q.problems)) {
      if (q.choices) q.problems.push('has two lists of choices: put every choice in one list');
      else q.choices = significant((node as Element).children).map((li) => readChoice(li as Element));
    } else if (part?.name === MODEL_ANSWER) {
      if (q.modelAnswer) q.problems.push('has two <ModelAnswer> blocks: keep one');
      q.modelAnswer = rendered(part.children);
      q.modelAnswerProps = readProps(part);
    } else if (part?.name === NUMERIC) {
      if (q.numeric) q.problems.push('has two <NumericAnswer>s: keep one');
      q.numeric = readProps(part);
      if (significant(part.children).length > 0)
        q.problems.push('has text inside <NumericAnswer>: write it as <NumericAnswer ... />, with the explanation after it');
    } else if (part?.name === ORDERING) {
      if (q.ordering) q.problems.push('has two <Ordering> blocks: keep one');
      q.ordering = readOrdering(part, q.problems);
    } else if (part?.name === HINT) q.hints.push(rendered(part.children));
    else (q.choices || q.modelAnswer || q.numeric || q.ordering ? after : before).push(node);
  }
  const [first, ...rest] = before;
  if (first && isElement(first, 'p')) {
    q.prompt = rendered(first.children);
    if (rest.length > 0) q.context = rendered(rest);
  } else if (first) {
    q.problems.push(`starts with ${describe(first)}: start it with the question as a sentence, then the code or list it shows`);
  }
  if (after.length > 0) q.explanation = rendered(after);
  if (DomUtils.findOne((e) => HEADINGS.has(e.name), el.children)) {
    q.problems.push('has a heading: a question cannot hold one (it would join the lesson’s table of contents); use **bold** text');
  }
  const nested = DomUtils.findAll((e) => e.name === QUESTION || e.name in PARTS, el.children);
  if (nested.some((e) => e.name === QUESTION)) q.problems.push('has a <Question> inside it: close each </Question> before the next');
  for (const name of new Set(nested.filter((e) => e.name in PARTS && e.parent !== el).map((e) => PARTS[e.name]!))) {
    q.problems.push(`has a ${name} inside a paragraph, list or block: write it on its own lines, directly inside <Question>`);
  }
  return q;
}

/** The items of an <Ordering>: one numbered list, each item's text (a loose item's paragraph unwrapped). */
function readOrdering(el: Element, problems: string[]): Rendered[] | undefined {
  const [list, ...rest] = significant(el.children);
  if (!list || !isElement(list, 'ol') || rest.length > 0) {
    problems.push('has an <Ordering> that is not one numbered list: write the items inside it as "1. ...", "2. ...", in the right order');
    return undefined;
  }
  return significant(list.children).map((li) => {
    const kids = significant((li as Element).children);
    return rendered(kids.length === 1 && isElement(kids[0]!, 'p') ? kids[0].children : kids);
  });
}

/** A list is the choices when its items are task items (`- [ ]`, `- [x]`); a plain list belongs to the text. */
function isChoiceList(node: ChildNode, problems: string[]): boolean {
  if (!isElement(node, 'ul') && !isElement(node, 'ol')) return false;
  const items = significant(node.children).filter((li): li is Element => isElement(li, 'li'));
  const tasks = items.filter((li) => checkbox(li) !== undefined).length;
  if (tasks > 0 && tasks < items.length)
    problems.push('mixes choices ("- [ ]", "- [x]") and plain items in one list: start every choice with [ ] or [x]');
  return tasks > 0 && tasks === items.length;
}

/** The checkbox GFM renders at the start of a task item, in its first paragraph or directly in the item. */
function checkbox(li: Element): Element | undefined {
  const [first] = significant(li.children);
  const line = first && isElement(first, 'p') ? first : li;
  const [box] = significant(line.children);
  return box && isElement(box, 'input') && box.attribs['type'] === 'checkbox' ? box : undefined;
}

// The first line of a choice is what the learner picks; the lines under it, and any blocks after, explain it.
function readChoice(li: Element): MarkupChoice {
  const box = checkbox(li)!;
  const kids = significant(li.children);
  const loose = isElement(kids[0]!, 'p');
  const line = loose ? significant((kids[0] as Element).children) : kids.slice(0, firstBlock(kids));
  const blocks = loose ? kids.slice(1) : kids.slice(firstBlock(kids));
  const [label, more] = splitFirstLine(line.slice(line.indexOf(box) + 1));
  const why = [...(more.length > 0 ? [paragraph(more)] : []), ...blocks];
  return { label: rendered(label), correct: 'checked' in box.attribs, why: why.length > 0 ? rendered(why) : undefined };
}

function firstBlock(nodes: ChildNode[]): number {
  const i = nodes.findIndex((n) => n.type === 'tag' && BLOCKS.has(n.name));
  return i === -1 ? nodes.length : i;
}

/** Splits inline nodes at the first line break of their top-level text. */
function splitFirstLine(nodes: ChildNode[]): [ChildNode[], ChildNode[]] {
  for (const [i, node] of nodes.entries()) {
    if (node.type === 'text' && node.data.includes('\n')) {
      const cut = node.data.indexOf('\n');
      const head = cloneText(node, node.data.slice(0, cut));
      const tail = cloneText(node, node.data.slice(cut + 1));
      return [[...nodes.slice(0, i), head], [tail, ...nodes.slice(i + 1)].filter((n) => !isBlank(n))];
    }
    if (isElement(node, 'br')) return [nodes.slice(0, i), nodes.slice(i + 1)];
  }
  return [nodes, []];
}

function cloneText(node: ChildNode & { data: string }, data: string): ChildNode {
  const copy = node.cloneNode() as ChildNode & { data: string };
  copy.data = data;
  return copy;
}

function paragraph(children: ChildNode[]): ChildNode {
  return parseDocument(`<p>${html(children)}</p>`).children[0]!;
}

// Text stays as typed (UTF-8); only what HTML needs is escaped.
const html = (nodes: ChildNode[]) => render(nodes, { encodeEntities: 'utf8' });

function rendered(nodes: readonly ChildNode[]): Rendered {
  const list = [...nodes];
  return {
    html: html(list).trim(),
    text: plain(DomUtils.textContent(list)),
  };
}

/** Text as a message or a fingerprint wants it: one line, and typographic quotes as typed, so smart punctuation cannot reword it. */
export function plain(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

function readProps(el: Element): unknown {
  try {
    return JSON.parse(el.attribs['data-props'] ?? '{}');
  } catch {
    return {};
  }
}

function significant(nodes: readonly ChildNode[]): ChildNode[] {
  return nodes.filter((n) => !isBlank(n) && n.type !== 'comment');
}

const isBlank = (n: ChildNode) => n.type === 'text' && n.data.trim() === '';

function isElement(node: ChildNode, name: string): node is Element {
  return node.type === 'tag' && node.name === name;
}

function describe(node: ChildNode): string {
  if (node.type !== 'tag' || node.name === 'p') return `the text "${excerpt(node)}"`;
  if (node.name === 'div' && node.attribs['class']?.includes('code-block')) return 'a code block';
  return { ul: 'a list', ol: 'a list', pre: 'a code block', blockquote: 'a quote', table: 'a table' }[node.name] ?? `<${node.name}>`;
}

/** The start of a node's text, for a message. */
function excerpt(node: ChildNode): string {
  const text = plain(DomUtils.textContent(node));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
