import { withIslandData } from '../islands/with-island-data';
import QuizWidget from './QuizWidget';
import type { Question } from '../../lib/quiz-model';

/** The data a quiz island fetches: its questions, as Quiz.astro validated them. */
export interface QuizData {
  questions: Question[];
}

const isQuizData = (value: unknown): value is QuizData =>
  typeof value === 'object' && value !== null && Array.isArray((value as Partial<QuizData>).questions);

/** The quiz island: QuizWidget, with its questions fetched from a cached file instead of carried in the page. */
export default withIslandData<QuizData, { lesson: string; quizId: string; label: string; numberLabel: string }>(
  QuizWidget,
  isQuizData,
  ({ label }) => `${label} could not start, so Check does not work: reload the page to try again. Every answer is under "Reveal answer".`,
);
