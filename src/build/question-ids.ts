import { mdxToMdast } from 'satteri';
import { MARKDOWN_FEATURES } from './quiz-nesting.ts';

interface Node {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
}

const parsed = new Map<string, string[]>();

/**
 * The ids of a lesson's questions, in order, read from its MDX source with the Markdown parser the build uses (Sätteri,
 * as src/build/quiz-nesting.ts): the course outline knows how many questions a lesson has before anyone opens it.
 * Only a <Question> directly inside a <Quiz> counts, as only those are rendered (the nesting check fails the rest).
 */
export function questionIds(mdx: string): string[] {
  // Every page reads the course outline: parse each lesson once per build.
  const known = parsed.get(mdx);
  if (known) return known;
  const ids: string[] = [];
  const walk = (node: Node, inQuiz: boolean) => {
    const isElement = node.type === 'mdxJsxFlowElement';
    if (isElement && node.name === 'Question' && inQuiz) {
      const id = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
      if (typeof id === 'string') ids.push(id);
    }
    for (const child of node.children ?? []) walk(child, isElement && node.name === 'Quiz');
  };
  walk(mdxToMdast(mdx, { features: MARKDOWN_FEATURES, position: false }) as Node, false);
  parsed.set(mdx, ids);
  return ids;
}
