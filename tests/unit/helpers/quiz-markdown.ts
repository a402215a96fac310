import { markdownToHtml } from 'satteri';
import { fillPart, readQuizzes, type MarkupQuiz } from '../../../src/build/quiz-source';
import { parseQuiz, type ParsedQuiz } from '../../../src/schemas/quiz';

// What the course model reads of a <Quiz>, without a build: its Markdown tree split into parts (src/build/quiz-source.ts),
// each part rendered by Sätteri (Astro's Markdown processor, here without Shiki). Figures read as "[name]".

/** Reads a quiz body the way the course loader does: the body is wrapped in <Quiz id="quiz">. */
export function readQuiz(body: string): MarkupQuiz {
  const { quizzes, pending } = readQuizzes(`<Quiz id="quiz">\n\n${body}\n\n</Quiz>\n`, 'content/lessons/x.mdx', (name) => `[${name}]`);
  for (const part of pending) fillPart(part, markdownToHtml(part.markdown).html);
  return quizzes[0]!.markup;
}

/** Reads and validates a quiz body with the attributes <Quiz> got; throws the build's AstroError. */
export function parseQuizBody(body: string, quizProps: Record<string, unknown> = { id: 'quiz' }): ParsedQuiz {
  return parseQuiz(quizProps, readQuiz(body), 'content/lessons/x.mdx');
}
