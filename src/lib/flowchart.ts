// The walk through a flowchart: pure functions over plain data, shared by the island, the static tree and tests.

/** One answer to a question: its key in the URL, the text on its button, and the node it leads to. */
export interface FlowAnswer {
  id: string;
  label: string;
  next: string;
}

/** A question with its answers (yes/no or more choices). */
export interface FlowQuestion {
  id: string;
  text: string;
  answers: FlowAnswer[];
}

/** An end of the flowchart: the recommendation, a short reason, and the heading id of the section that explains it. */
export interface FlowOutcome {
  id: string;
  title: string;
  reason: string;
  section: string;
}

/** The graph shape the walk needs; both the authored and the resolved flowchart have it. */
export interface FlowGraph<O extends { id: string } = FlowOutcome> {
  start: string;
  questions: FlowQuestion[];
  outcomes: O[];
}

/** A flowchart as an author writes it in content/flowcharts/. */
export interface FlowchartData extends FlowGraph {
  title: string;
  lesson?: string | undefined;
  param?: string | undefined;
}

/** An outcome with its link resolved for the page that shows it. */
export interface ResolvedOutcome extends Omit<FlowOutcome, 'section'> {
  href: string;
  sectionTitle: string;
}

/** A flowchart ready to render: its id, URL parameter and outcome links resolved. */
export interface Flowchart extends FlowGraph<ResolvedOutcome> {
  id: string;
  title: string;
  param: string;
}

/** Where a walk stands: a question to answer, or the outcome it reached. */
export type FlowNode<O extends { id: string } = FlowOutcome> = { kind: 'question'; question: FlowQuestion } | { kind: 'outcome'; outcome: O };

/** One answered question on the path so far. */
export interface FlowStep {
  question: FlowQuestion;
  answer: FlowAnswer;
}

/** The result of following answers from the start: the valid answers, the steps taken, and the current node. */
export interface Walk<O extends { id: string } = FlowOutcome> {
  answers: string[];
  steps: FlowStep[];
  current: FlowNode<O>;
}

/** Separates answer ids in the URL: "?approach=no.yes". Ids are slugs, so they never contain it. */
export const ANSWER_SEPARATOR = '.';
// A real path is a handful of answers; anything longer in a URL is junk and is not worth parsing.
const MAX_STATE_LENGTH = 500;

function nodeOf<O extends { id: string }>(chart: FlowGraph<O>, id: string): FlowNode<O> | undefined {
  const question = chart.questions.find((q) => q.id === id);
  if (question) return { kind: 'question', question };
  const outcome = chart.outcomes.find((o) => o.id === id);
  return outcome ? { kind: 'outcome', outcome } : undefined;
}

/**
 * Follows answer ids from the start for as long as they fit the chart: the longest valid prefix wins, so a
 * tampered or outdated list never fails, it just stops where it stops making sense.
 */
export function walk<O extends { id: string }>(chart: FlowGraph<O>, answers: readonly string[]): Walk<O> {
  const start = nodeOf(chart, chart.start);
  if (!start) throw new Error(`The flowchart's start "${chart.start}" is not one of its nodes`);
  let current = start;
  const steps: FlowStep[] = [];
  for (const id of answers) {
    if (current.kind !== 'question') break;
    const answer = current.question.answers.find((a) => a.id === id);
    const next = answer && nodeOf(chart, answer.next);
    if (!answer || !next) break;
    steps.push({ question: current.question, answer });
    current = next;
  }
  return { answers: steps.map((s) => s.answer.id), steps, current };
}

/** The answers after choosing answerId at the current question; unchanged if that answer is not offered there. */
export function choose(chart: FlowGraph<{ id: string }>, answers: readonly string[], answerId: string): string[] {
  const at = walk(chart, answers);
  if (at.current.kind !== 'question' || !at.current.question.answers.some((a) => a.id === answerId)) return at.answers;
  return [...at.answers, answerId];
}

/** The answers one step back; at the start it stays at the start. */
export function back(answers: readonly string[]): string[] {
  return answers.slice(0, -1);
}

/** The answers of a fresh start: none. */
export function restart(): string[] {
  return [];
}

/** The answers that reopen step `index` (0-based) so it can be answered again; later answers are dropped. */
export function reopen(answers: readonly string[], index: number): string[] {
  return answers.slice(0, Math.max(0, Math.min(index, answers.length)));
}

/** The answers as they appear in the URL: "no.yes"; empty at the start. */
export function encodeAnswers(answers: readonly string[]): string {
  return answers.join(ANSWER_SEPARATOR);
}

/** Reads answers from a URL value, keeping only the longest prefix that fits the chart; junk gives the start. */
export function decodeAnswers(chart: FlowGraph<{ id: string }>, raw: string | null | undefined): string[] {
  if (typeof raw !== 'string' || raw === '' || raw.length > MAX_STATE_LENGTH) return [];
  return walk(chart, raw.split(ANSWER_SEPARATOR)).answers;
}

/** Reads a chart's answers from a query string such as "?approach=no.yes&x=1". */
export function readAnswers(chart: FlowGraph<{ id: string }>, search: string, param: string): string[] {
  return decodeAnswers(chart, new URLSearchParams(search).get(param));
}

/** The query string with the chart's answers set (or removed at the start), other parameters kept: "?approach=no". */
export function searchWithAnswers(search: string, param: string, answers: readonly string[]): string {
  const params = new URLSearchParams(search);
  if (answers.length === 0) params.delete(param);
  else params.set(param, encodeAnswers(answers));
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

/** The keys of every position on the path, from the start ("") to the current node ("no.yes"), as the tree marks them. */
export function pathKeys(answers: readonly string[]): string[] {
  return answers.reduce<string[]>((keys, _, i) => [...keys, encodeAnswers(answers.slice(0, i + 1))], ['']);
}

/**
 * Resolves outcome links for the page that shows the flowchart. On the lesson's own page a link is a bare
 * "#section", so following it keeps the answers in the query string; elsewhere it is the lesson path plus "#section".
 * Sections must already be checked (findMissingSections); an unknown one keeps its id as its title.
 */
export function resolveFlowchart(
  id: string,
  data: FlowchartData,
  target: { lessonHref: string; onSamePage: boolean; headings: readonly { slug: string; text: string }[] },
): Flowchart {
  const titles = new Map(target.headings.map((h) => [h.slug, h.text]));
  return {
    id,
    title: data.title,
    param: data.param ?? id,
    start: data.start,
    questions: data.questions,
    outcomes: data.outcomes.map(({ section, ...o }) => ({
      ...o,
      href: target.onSamePage ? `#${section}` : `${target.lessonHref}#${section}`,
      sectionTitle: titles.get(section) ?? section,
    })),
  };
}
