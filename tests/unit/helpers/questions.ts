import { liveQuestion, type ChoiceQuestion, type OpenQuestion } from '../../../src/build/quiz-island';
import type { LiveChoiceQuestion } from '../../../src/lib/quiz-model';

/** Rich text of one paragraph, as the quiz schema produces it. */
export const p = (text: string) => [{ type: 'p' as const, text }];

/** A single-choice question with a per-choice explanation on the wrong answer (the seed's JSON-format question). */
export const single: ChoiceQuestion = {
  kind: 'single',
  id: 'q-format',
  prompt: 'RAG or fine-tuning for JSON output?',
  choices: [
    { text: 'RAG', correct: false, explanation: p('RAG adds knowledge.') },
    { text: 'Fine-tuning', correct: true },
  ],
  explanation: p('A format problem.'),
};

/** An open question with a model answer to reveal. */
export const open: OpenQuestion = {
  kind: 'open',
  id: 'q-open',
  prompt: 'What is catastrophic forgetting?',
  modelAnswer: p('Losing general abilities.'),
};

/** The same questions as the quiz island receives them: structure and signature, the text in slots. */
export const live = { single: liveQuestion(single) as LiveChoiceQuestion, open: liveQuestion(open) };
