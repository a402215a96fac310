import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginDefinition, MdastVisitorContext } from 'satteri';

/** The Markdown features lessons are parsed with (astro.config.mjs): `{#id}` after a heading sets its id. */
export const MARKDOWN_FEATURES = { headingAttributes: true } as const;

// Where each quiz tag may stand. <Quiz> checks what is inside it when it renders, but a <Question> written outside any
// <Quiz> never reaches one: only the Markdown tree shows where a tag stands, so this Sätteri mdast plugin checks it.
const PARENT: Record<string, string> = {
  Question: 'Quiz',
  ModelAnswer: 'Question',
  NumericAnswer: 'Question',
  Ordering: 'Question',
  Hint: 'Question',
};

interface Tag {
  name: string | null;
  position?: { start: { line: number } } | undefined;
}

/** Fails the build, naming the file and line, for a <Question> outside a <Quiz> or a part of one (<ModelAnswer>, <Hint>...) outside a <Question>. */
export function quizNestingPlugin(root: string): MdastPluginDefinition {
  const check = (node: Tag, ctx: MdastVisitorContext, inline: boolean) => {
    const wanted = node.name ? PARENT[node.name] : undefined;
    if (!wanted) return;
    const parent = ctx.parent(node as never) as { name?: string | null } | undefined;
    if (!inline && parent?.name === wanted) return;
    const file = ctx.fileURL ? relative(root, fileURLToPath(ctx.fileURL)) : 'a lesson';
    const where = `${file}:${node.position?.start.line ?? '?'}`;
    throw new Error(
      inline
        ? `${where}: <${node.name}> must start on a line of its own, with its Markdown on the lines below it`
        : `${where}: <${node.name}> must stand directly inside a <${wanted}>: move it there, with a blank line before and after`,
    );
  };
  return {
    name: 'quiz-nesting',
    options: { position: true },
    mdxJsxFlowElement: (node, ctx) => check(node, ctx, false),
    mdxJsxTextElement: (node, ctx) => check(node, ctx, true),
  };
}
