import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { render } from 'astro:content';
import { getFlowchart, getLessonEntries } from '../../src/data/course';
import type { LessonRoute } from '../../src/data/route';
import { ContentError } from '../../src/build/course';
import { flowchartSchema } from '../../src/schemas/flowchart';
import { setContent } from './helpers/astro-content';

vi.mock('astro:content', () => import('./helpers/astro-content'));

// Each file is a flowchart with one mistake (tests/fixtures/flowcharts/*.json, and the one content-errors.test.ts
// builds), checked in-process: through the collection's schema, and through getFlowchart() against its lesson.
const chart = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(name.includes('/') ? `../fixtures/${name}` : `../fixtures/flowcharts/${name}.json`, import.meta.url), 'utf8'));

/** The schema's problems, one line each as the build prints them: "path: message". */
function problemsOf(data: unknown): string {
  const result = flowchartSchema.safeParse(data);
  return result.success ? '' : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n');
}

describe('a flowchart in content/flowcharts/', () => {
  it.each([
    [
      'an answer points at a node that does not exist',
      'flowchart-missing-node/content/flowcharts/pick-a-tool.json',
      /questions\.0\.answers\.1\.next: question "nails": answer "no" leads to "sawe", which is not a question or outcome id/,
    ],
    ['the answers go round in a cycle', 'cycle', /question "wood": answer "no" leads back to "nails", making a cycle \(nails → wood → nails\)/],
    [
      'a path never reaches an outcome',
      'dead-end',
      /question "wood" is a dead end: it has no answers, so a path through it never reaches an outcome/,
    ],
    ['a question cannot be reached', 'unreachable', /questions\.1: question "glue" cannot be reached/],
    ['two nodes share an id', 'duplicate-id', /outcomes\.2\.id: the id "hammer" is used by two nodes/],
  ])('is refused when %s, with a message naming the node and where it sits', (_, file, problem) => {
    expect(problemsOf(chart(file))).toMatch(problem);
  });

  const lesson = {
    file: 'content/lessons/picking-a-tool.mdx',
    frontmatter: {
      title: 'Picking a tool',
      chapter: 9,
      lesson: 1,
      slug: 'picking-a-tool',
      summary: 'A lesson with a flowchart.',
      keyConcepts: ['Choosing'],
    },
    headings: ['use-hammer', 'use-saw'],
  };
  const chapters = [{ id: 'fine-tuning', number: 9, title: 'Fine-Tuning' }];
  /** The route data of the lesson page the flowchart sits in, as the lesson route computes it. */
  const route = async (): Promise<LessonRoute> => {
    const [{ placed, entry, course }] = (await getLessonEntries()) as [Awaited<ReturnType<typeof getLessonEntries>>[number]];
    return { course, lesson: placed, data: entry.data, headings: (await render(entry)).headings };
  };

  it('is refused when an outcome links to a section the lesson does not have, naming the file, the node and the section', async () => {
    setContent({ chapters, lessons: [lesson], flowcharts: [{ file: 'content/flowcharts/pick-a-tool.json', data: chart('missing-section') }] });
    const error = await getFlowchart('pick-a-tool', await route()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    expect((error as Error).message).toContain('content/flowcharts/pick-a-tool.json: flowchart "pick-a-tool" has outcome links to missing sections');
    expect((error as Error).message).toContain(
      'outcome "saw" links to section "#use-chisel", which is not a heading of lesson "picking-a-tool" (its headings: #use-hammer, #use-saw)',
    );
  });

  it('is ready for its page once every outcome links to a heading of its lesson', async () => {
    const fixed = { ...(chart('missing-section') as { outcomes: { section: string }[] }) };
    fixed.outcomes = fixed.outcomes.map((o) => ({ ...o, section: o.section === 'use-chisel' ? 'use-saw' : o.section }));
    setContent({ chapters, lessons: [lesson], flowcharts: [{ file: 'content/flowcharts/pick-a-tool.json', data: fixed }] });
    const flowchart = await getFlowchart('pick-a-tool', await route());
    expect(flowchart.id).toBe('pick-a-tool');
  });

  it('links its outcomes to sections of the page it sits in when it names no lesson', async () => {
    const { lesson: _named, ...unnamed } = chart('missing-section') as { lesson: string; outcomes: { section: string }[] };
    unnamed.outcomes = unnamed.outcomes.map((o) => ({ ...o, section: o.section === 'use-chisel' ? 'use-saw' : o.section }));
    setContent({ chapters, lessons: [lesson], flowcharts: [{ file: 'content/flowcharts/pick-a-tool.json', data: unnamed }] });
    const flowchart = await getFlowchart('pick-a-tool', await route());
    expect(flowchart.outcomes.map((o) => o.href)).toContain('#use-saw');
  });
});
