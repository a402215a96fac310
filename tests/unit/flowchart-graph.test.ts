import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findGraphProblems, findMissingSections } from '../../src/build/flowchart-graph';
import type { FlowGraph, FlowQuestion } from '../../src/lib/flowchart';

const real = JSON.parse(readFileSync(new URL('../../content/flowcharts/which-approach.json', import.meta.url), 'utf8')) as FlowGraph;

const q = (id: string, ...answers: [string, string][]): FlowQuestion => ({
  id,
  text: `${id}?`,
  answers: answers.map(([answer, next]) => ({ id: answer, label: answer, next })),
});
const o = (id: string) => ({ id, title: id, reason: 'because', section: id });
const graph = (questions: FlowQuestion[], outcomes: string[], start = questions[0]?.id ?? 'a'): FlowGraph => ({
  start,
  questions,
  outcomes: outcomes.map(o),
});

describe('checking a flowchart graph', () => {
  it('finds nothing wrong with the lesson 9.1 flowchart', () => {
    expect(findGraphProblems(real)).toEqual([]);
  });

  it('accepts a question with more than two answers and answers that share an outcome', () => {
    const g = graph([q('a', ['x', 'end'], ['y', 'b'], ['z', 'end']), q('b', ['yes', 'end'], ['no', 'other'])], ['end', 'other']);
    expect(findGraphProblems(g)).toEqual([]);
  });

  it.each([
    ['a duplicate node id', graph([q('a', ['yes', 'a-end']), q('a', ['no', 'a-end'])], ['a-end']), 'a', /the id "a" is used by two nodes/],
    ['a question id reused by an outcome', graph([q('a', ['yes', 'a'])], ['a']), 'a', /the id "a" is used by two nodes/],
    ['two answers with one id', graph([q('a', ['yes', 'x'], ['yes', 'y'])], ['x', 'y']), 'a', /question "a" has two answers with the id "yes"/],
    [
      'an answer pointing at a missing node',
      graph([q('a', ['yes', 'end'], ['no', 'nowhere'])], ['end']),
      'a',
      /question "a": answer "no" leads to "nowhere", which is not a question or outcome id/,
    ],
    [
      'a start that does not exist',
      graph([q('a', ['yes', 'end'])], ['end'], 'begin'),
      'begin',
      /"start" is "begin", which is not a question or outcome id/,
    ],
    [
      'an unreachable question',
      graph([q('a', ['yes', 'end']), q('lonely', ['yes', 'end'])], ['end']),
      'lonely',
      /question "lonely" cannot be reached/,
    ],
    ['an unreachable outcome', graph([q('a', ['yes', 'end'])], ['end', 'orphan']), 'orphan', /outcome "orphan" cannot be reached/],
    [
      'a cycle',
      graph([q('a', ['yes', 'b']), q('b', ['yes', 'end'], ['no', 'a'])], ['end']),
      'b',
      /question "b": answer "no" leads back to "a", making a cycle \(a → b → a\)/,
    ],
    [
      'a question without answers',
      graph([q('a', ['yes', 'end'], ['no', 'b']), q('b')], ['end']),
      'b',
      /question "b" is a dead end: it has no answers/,
    ],
    [
      'a loop with no way out',
      graph([q('a', ['yes', 'end'], ['no', 'b']), q('b', ['x', 'c']), q('c', ['x', 'b'])], ['end']),
      'b',
      /question "b" is a dead end: none of its answers leads on to an outcome/,
    ],
  ])('reports %s and names the node', (_, g, node, message) => {
    const problems = findGraphProblems(g);
    expect(problems.map((p) => p.node)).toContain(node);
    expect(problems.find((p) => p.node === node)?.message).toMatch(message);
  });

  it('points each problem at the field an author must fix', () => {
    const [problem] = findGraphProblems(graph([q('a', ['yes', 'end'], ['no', 'nowhere'])], ['end']));
    expect(problem?.path).toEqual(['questions', 0, 'answers', 1, 'next']);
  });
});

describe('checking outcome sections against the lesson headings', () => {
  const sections = new Set(real.outcomes.map((outcome) => outcome.section));

  it('accepts outcomes whose sections are headings of the lesson', () => {
    expect(findMissingSections(real, 'when-to-fine-tune-vs-prompt', sections)).toEqual([]);
  });

  it('names the outcome, the missing section and the headings that do exist', () => {
    const headings = new Set([...sections].filter((s) => s !== 'decide-rag'));
    const problems = findMissingSections(real, 'when-to-fine-tune-vs-prompt', headings);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.node).toBe('use-rag');
    expect(problems[0]?.message).toMatch(
      /outcome "use-rag" links to section "#decide-rag", which is not a heading of lesson "when-to-fine-tune-vs-prompt" \(its headings: #decide-prompting/,
    );
  });
});
