import type { FlowGraph } from '../lib/flowchart.ts';

/** One mistake in a flowchart's graph: the node it concerns, where in the data it sits, and what to fix. */
export interface GraphProblem {
  node: string;
  path: (string | number)[];
  message: string;
}

interface Edge {
  from: string;
  answer: string;
  to: string;
  path: (string | number)[];
}

const describe = (kind: 'question' | 'outcome', id: string) => `${kind} "${id}"`;

// The positions of the keys an earlier key already has.
const repeats = (keys: string[]) => keys.flatMap((key, i) => (keys.indexOf(key) < i ? [i] : []));

function duplicates(chart: FlowGraph): GraphProblem[] {
  const ids = [...chart.questions.map((q) => q.id), ...chart.outcomes.map((o) => o.id)];
  const nodes = repeats(ids).map((i) => ({
    node: ids[i]!,
    path: i < chart.questions.length ? ['questions', i, 'id'] : ['outcomes', i - chart.questions.length, 'id'],
    message: `the id "${ids[i]}" is used by two nodes: give each question and outcome its own id`,
  }));
  const answers = chart.questions.flatMap((q, qi) =>
    repeats(q.answers.map((a) => a.id)).map((ai) => ({
      node: q.id,
      path: ['questions', qi, 'answers', ai, 'id'],
      message: `${describe('question', q.id)} has two answers with the id "${q.answers[ai]?.id}": the URL could not tell them apart`,
    })),
  );
  return [...nodes, ...answers];
}

function edgesOf(chart: FlowGraph): Edge[] {
  return chart.questions.flatMap((q, qi) =>
    q.answers.map((a, ai) => ({ from: q.id, answer: a.id, to: a.next, path: ['questions', qi, 'answers', ai, 'next'] })),
  );
}

// Depth first from the start: every node reached, and the first answer that leads back onto the path taken (a cycle).
function explore(start: string, next: Map<string, Edge[]>) {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  let cycle: { edge: Edge; loop: string[] } | undefined;
  const visit = (id: string) => {
    state.set(id, 'open');
    stack.push(id);
    for (const edge of next.get(id) ?? []) {
      const seen = state.get(edge.to);
      if (seen === 'open') cycle ??= { edge, loop: [...stack.slice(stack.indexOf(edge.to)), edge.to] };
      else if (seen === undefined) visit(edge.to);
    }
    stack.pop();
    state.set(id, 'done');
  };
  visit(start);
  return { reached: new Set(state.keys()), cycle };
}

/**
 * Checks that a flowchart is a proper decision tree: unique ids, a start that exists, answers that lead to
 * existing nodes, every node reachable, no cycle, and every path ending at an outcome. Messages name the node.
 */
export function findGraphProblems(chart: FlowGraph): GraphProblem[] {
  const problems = duplicates(chart);
  const ids = new Set([...chart.questions.map((q) => q.id), ...chart.outcomes.map((o) => o.id)]);
  const known = [...ids].map((id) => `"${id}"`).join(', ');
  if (!ids.has(chart.start)) {
    problems.push({
      node: chart.start,
      path: ['start'],
      message: `"start" is "${chart.start}", which is not a question or outcome id (known ids: ${known})`,
    });
    return problems;
  }
  const edges = edgesOf(chart);
  for (const e of edges.filter((e) => !ids.has(e.to))) {
    problems.push({
      node: e.from,
      path: e.path,
      message: `${describe('question', e.from)}: answer "${e.answer}" leads to "${e.to}", which is not a question or outcome id (known ids: ${known})`,
    });
  }
  const next = new Map<string, Edge[]>();
  for (const e of edges.filter((e) => ids.has(e.to))) next.set(e.from, [...(next.get(e.from) ?? []), e]);

  const { reached, cycle } = explore(chart.start, next);
  for (const [kind, list] of [
    ['question', chart.questions],
    ['outcome', chart.outcomes],
  ] as const) {
    list.forEach((n, i) => {
      if (reached.has(n.id)) return;
      const message = `${describe(kind, n.id)} cannot be reached: no answer on a path from the start leads to it`;
      problems.push({ node: n.id, path: [`${kind}s`, i], message });
    });
  }

  if (cycle) {
    problems.push({
      node: cycle.edge.from,
      path: cycle.edge.path,
      message: `${describe('question', cycle.edge.from)}: answer "${cycle.edge.answer}" leads back to "${cycle.edge.to}", making a cycle (${cycle.loop.join(' → ')}): a learner could go round forever`,
    });
  }

  // A question leads to an outcome when some answer does; outcomes are the base case. Iterate to a fixed point.
  const leads = new Set(chart.outcomes.map((o) => o.id));
  for (let grew = true; grew;) {
    grew = false;
    for (const q of chart.questions) {
      if (leads.has(q.id) || !(next.get(q.id) ?? []).some((e) => leads.has(e.to))) continue;
      leads.add(q.id);
      grew = true;
    }
  }
  chart.questions.forEach((q, i) => {
    if (!reached.has(q.id) || leads.has(q.id)) return;
    const why = q.answers.length === 0 ? 'it has no answers' : 'none of its answers leads on to an outcome';
    problems.push({
      node: q.id,
      path: ['questions', i, 'answers'],
      message: `${describe('question', q.id)} is a dead end: ${why}, so a path through it never reaches an outcome`,
    });
  });
  return problems;
}

/** Outcomes whose section is not a heading id of the lesson they link to; the message names the outcome and the known ids. */
export function findMissingSections(chart: FlowGraph, lessonId: string, headingIds: ReadonlySet<string>): GraphProblem[] {
  const known = [...headingIds].map((id) => `#${id}`).join(', ') || 'none';
  return chart.outcomes.flatMap((o, i) =>
    headingIds.has(o.section)
      ? []
      : [
          {
            node: o.id,
            path: ['outcomes', i, 'section'],
            message: `${describe('outcome', o.id)} links to section "#${o.section}", which is not a heading of lesson "${lessonId}" (its headings: ${known})`,
          },
        ],
  );
}
