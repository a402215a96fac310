import { anchorIn } from '../../build/print-edition';
import type { PlacedLesson } from '../../build/course';

/** The id of a question's entry in the answer key: "key-lesson-9-1--q-json-format". */
export const keyAnchor = (lesson: Pick<PlacedLesson, 'number'>, questionId: string) => `key-${anchorIn(lesson, questionId)}`;
