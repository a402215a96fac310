import type { ComponentChildren } from 'preact';
import { quizSlot } from '../../lib/quiz-model';

/**
 * The text of question `n` from the quiz island's props (Astro hands each slot to the island as a prop of its name):
 * each part, rendered at build time, or undefined for a part the question lacks.
 */
export function questionText(props: object, n: number) {
  const slots = props as Record<string, ComponentChildren>;
  return {
    prompt: slots[quizSlot.prompt(n)],
    /** What the question shows under its first paragraph: a code block, a list. */
    context: slots[quizSlot.context(n)],
    choice: (c: number) => slots[quizSlot.choice(n, c)],
    /** Why choice c is right or wrong. */
    why: (c: number) => slots[quizSlot.why(n, c)],
    explanation: slots[quizSlot.explanation(n)],
    model: slots[quizSlot.model(n)],
    /** A numeric question's answer: "$2,055.00". */
    answer: slots[quizSlot.answer(n)],
    /** Item i of an ordering question, numbered in the right order. */
    item: (i: number) => slots[quizSlot.item(n, i)],
    hint: (h: number) => slots[quizSlot.hint(n, h)],
  };
}

/** One question's text, as questionText reads it. */
export type QuestionText = ReturnType<typeof questionText>;
