// Stamping each answer with when it last changed, done by the progress store on every change. Apart from progress-merge.ts,
// which reads the stamps, so the store that every page with answers loads does not bring the merge code along.
import type { LessonProgress, Progress } from './progress-format.ts';
import type { QuestionState } from './quiz-model.ts';

const answerOnly = ({ at: _at, ...answer }: QuestionState) => JSON.stringify(answer);

/** Whether two states of one question hold the same answer, whenever each was given. */
export const sameAnswer = (a: QuestionState, b: QuestionState) => answerOnly(a) === answerOnly(b);

/** `after` with every answer that differs from `before` stamped `now`: how a merge later knows which answer is newer. */
export function stampChanges(before: Progress, after: Progress, now: number): Progress {
  let lessons: Progress['lessons'] | undefined;
  for (const [path, entry] of Object.entries(after.lessons)) {
    const old = before.lessons[path]?.answers ?? {};
    let answers: LessonProgress['answers'] | undefined;
    for (const [id, state] of Object.entries(entry.answers)) {
      const was = old[id];
      if (was === state || (was && sameAnswer(was, state))) continue;
      answers ??= { ...entry.answers };
      answers[id] = { ...state, at: now };
    }
    if (answers) (lessons ??= { ...after.lessons })[path] = { ...entry, answers };
  }
  return lessons ? { ...after, lessons } : after;
}
