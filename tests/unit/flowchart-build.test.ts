import { describe, expect, it } from 'vitest';
import { buildFixture } from '../support/astro';

// Each fixture is a tiny site whose content/flowcharts/pick-a-tool.json has one mistake.
describe('building a site with a broken flowchart', () => {
  it.each([
    [
      'an answer points at a node that does not exist',
      'flowchart-missing-node',
      /questions\.0\.answers\.1\.next: question "nails": answer "no" leads to "sawe", which is not a question or outcome id/,
    ],
    [
      'the answers go round in a cycle',
      'flowchart-cycle',
      /question "wood": answer "no" leads back to "nails", making a cycle \(nails → wood → nails\)/,
    ],
    [
      'a path never reaches an outcome',
      'flowchart-dead-end',
      /question "wood" is a dead end: it has no answers, so a path through it never reaches an outcome/,
    ],
    ['a question cannot be reached', 'flowchart-unreachable', /questions\.1: question "glue" cannot be reached/],
    ['two nodes share an id', 'flowchart-duplicate-id', /outcomes\.2\.id: the id "hammer" is used by two nodes/],
  ])('fails when %s, naming the flowchart and the node', async (_, fixture, problem) => {
    const { code, output } = await buildFixture(fixture);
    expect(code).not.toBe(0);
    expect(output).toContain('flowcharts → pick-a-tool data does not match collection schema');
    expect(output).toContain(`${fixture}/content/flowcharts/pick-a-tool.json`);
    expect(output).toMatch(problem);
  });

  it('fails when an outcome links to a section the lesson does not have, naming the flowchart, the node and the section', async () => {
    const { code, output } = await buildFixture('flowchart-missing-section');
    expect(code).not.toBe(0);
    expect(output).toContain('content/flowcharts/pick-a-tool.json: flowchart "pick-a-tool" has outcome links to missing sections');
    expect(output).toContain(
      'outcome "saw" links to section "#use-chisel", which is not a heading of lesson "picking-a-tool" (its headings: #use-hammer, #use-saw)',
    );
  });
});
