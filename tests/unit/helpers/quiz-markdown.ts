import { markdownToHtml } from 'satteri';
import { readQuizMarkup, type MarkupQuiz } from '../../../src/build/quiz-markup';
import { parseQuiz, type ParsedQuiz } from '../../../src/schemas/quiz';

// What <Quiz> receives, without a build: the Markdown inside it rendered by Sätteri (Astro's Markdown processor), with
// <Question>, <ModelAnswer>, <NumericAnswer>, <Ordering> and <Hint> written as the markers they render (src/components/quiz/Question.astro). A blank line
// around each marker keeps the Markdown inside it Markdown, as MDX does.

// An attribute is name="text", name={JSON} (a number, a list) or a bare name (true).
function props(attrs: string): string {
  const entries = [...attrs.matchAll(/([\w-]+)(?:="([^"]*)"|=\{([^}]*)\})?/g)].map(([, name, text, json]) => [
    name,
    json !== undefined ? JSON.parse(json) : (text ?? true),
  ]);
  return JSON.stringify(Object.fromEntries(entries)).replace(/'/g, '&#39;');
}

const TAGS = 'Question|ModelAnswer|NumericAnswer|Ordering|Hint';

/** The Markdown children of a <Quiz> as HTML, the way Quiz.astro gets them from Astro.slots.render. */
export function renderQuizBody(body: string): string {
  const marked = body
    .replace(new RegExp(`<(${TAGS})\\b([^>]*?)(/?)>`, 'g'), (_, tag: string, attrs: string, closed: string) =>
      closed
        ? `\n<quiz-${kebab(tag)} data-props='${props(attrs)}'>\n</quiz-${kebab(tag)}>\n`
        : `\n<quiz-${kebab(tag)} data-props='${props(attrs)}'>\n`,
    )
    .replace(new RegExp(`</(${TAGS})>`, 'g'), (_, tag: string) => `\n</quiz-${kebab(tag)}>\n`);
  return markdownToHtml(marked).html;
}

const MARKERS: Record<string, string> = {
  Question: 'question',
  ModelAnswer: 'model-answer',
  NumericAnswer: 'numeric',
  Ordering: 'ordering',
  Hint: 'hint',
};
const kebab = (tag: string) => MARKERS[tag]!;

/** Reads a quiz body the way <Quiz> does. */
export function readQuiz(body: string): MarkupQuiz {
  return readQuizMarkup(renderQuizBody(body));
}

/** Reads and validates a quiz body with the attributes <Quiz> got; throws the build's QuizContentError. */
export function parseQuizBody(body: string, quizProps: Record<string, unknown> = { id: 'quiz' }): ParsedQuiz {
  return parseQuiz(quizProps, readQuiz(body), 'content/lessons/x.mdx');
}
