import { liveQuestion, type ChoiceQuestion, type OpenQuestion } from '../../../src/build/quiz-island';
import type { Rendered } from '../../../src/build/quiz-source';
import type { LiveChoiceQuestion } from '../../../src/lib/quiz-model';

/** Quiz text of one paragraph, as <Quiz> reads it from the rendered Markdown. */
export const p = (text: string): Rendered => ({ html: `<p>${text}</p>`, text });

/** Inline quiz text: a question or a choice. */
export const line = (text: string): Rendered => ({ html: text, text });

/** A single-choice question with a per-choice explanation on the wrong answer (the seed's JSON-format question). */
export const single: ChoiceQuestion = {
  kind: 'single',
  id: 'q-format',
  prompt: line('RAG or fine-tuning for JSON output?'),
  choices: [
    { label: line('RAG'), correct: false, why: p('RAG adds knowledge.') },
    { label: line('Fine-tuning'), correct: true },
  ],
  explanation: p('A format problem.'),
  hints: [],
};

/** An open question with a model answer to reveal. */
export const open: OpenQuestion = {
  kind: 'open',
  id: 'q-open',
  prompt: line('What is catastrophic forgetting?'),
  modelAnswer: p('Losing general abilities.'),
  hints: [],
};

/** The same questions as the quiz island receives them: structure and signature, the text in slots. */
export const live = { single: liveQuestion(single) as LiveChoiceQuestion, open: liveQuestion(open) };
