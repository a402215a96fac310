import QuizPart from './QuizPart.astro';

/** The parts of a <Quiz> by name: the course model reads them from the Markdown, so in the page they render nothing. */
export const quizParts = { Question: QuizPart, ModelAnswer: QuizPart, NumericAnswer: QuizPart, Ordering: QuizPart, Hint: QuizPart };
