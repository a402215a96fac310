import type { ComponentChildren } from 'preact';
import { quizSlot } from '../../lib/quiz-model';

/** One question's text, rendered at build time: each part, or undefined for a part the question lacks. */
export interface QuestionText {
  prompt: ComponentChildren;
  /** What the question shows under its first paragraph: a code block, a list. */
  context: ComponentChildren;
  choice(c: number): ComponentChildren;
  /** Why choice c is right or wrong. */
  why(c: number): ComponentChildren;
  explanation: ComponentChildren;
  model: ComponentChildren;
  /** A numeric question's answer: "$2,055.00". */
  answer: ComponentChildren;
  /** Item i of an ordering question, numbered in the right order. */
  item(i: number): ComponentChildren;
  hint(h: number): ComponentChildren;
}

/** The text of question `n` from the quiz island's props: Astro hands each slot to the island as a prop of its name. */
export function questionText(props: object, n: number): QuestionText {
  const slots = props as Record<string, ComponentChildren>;
  return {
    prompt: slots[quizSlot.prompt(n)],
    context: slots[quizSlot.context(n)],
    choice: (c) => slots[quizSlot.choice(n, c)],
    why: (c) => slots[quizSlot.why(n, c)],
    explanation: slots[quizSlot.explanation(n)],
    model: slots[quizSlot.model(n)],
    answer: slots[quizSlot.answer(n)],
    item: (i) => slots[quizSlot.item(n, i)],
    hint: (h) => slots[quizSlot.hint(n, h)],
  };
}
