import { z } from 'astro/zod';
import { findGraphProblems } from '../build/flowchart-graph.ts';
import { list, slug, strict, text } from './fields.ts';

// Ids end up in the URL ("?approach=no.yes"), so they stay short slugs without the "." separator.

/** One answer to a question: its id (used in the URL), its button label, and the id of the node it leads to. */
export const flowAnswerSchema = strict('answers[]', {
  id: slug('answers[].id', 'yes'),
  label: text('answers[].label', 'the text on the answer button, e.g. "Yes"'),
  next: slug('answers[].next', 'use-rag'),
});

/** A question and its answers; an empty list is reported by the graph check as a dead end. */
export const flowQuestionSchema = strict('questions[]', {
  id: slug('questions[].id', 'needs-knowledge'),
  text: text('questions[].text', 'the question as the learner reads it, e.g. "Can prompting solve it?"'),
  answers: list('questions[].answers', flowAnswerSchema, '{ id, label, next } answers'),
});

/** An outcome: the recommendation, a short reason, and the id of the lesson heading that explains it. */
export const flowOutcomeSchema = strict('outcomes[]', {
  id: slug('outcomes[].id', 'use-rag'),
  title: text('outcomes[].title', 'the recommendation, e.g. "Use RAG"'),
  reason: text('outcomes[].reason', 'one or two sentences on why'),
  section: text('outcomes[].section', 'the id of a heading in the lesson, e.g. "decide-rag"')
    .transform((s) => s.replace(/^#/, ''))
    .pipe(z.string().regex(/^[^\s#]+$/, { error: '"outcomes[].section" must be one heading id without spaces, e.g. "decide-rag"' })),
});

/** A flowchart in content/flowcharts/: questions, answers and outcomes, checked as a graph when the site builds. */
export const flowchartSchema = strict('flowchart', {
  title: text('title', 'what the flowchart decides, e.g. "Which approach should you use?"'),
  // Only for a flowchart shown on another lesson's page than the one whose sections its outcomes link to.
  lesson: text('lesson', 'the slug of the lesson its outcome sections belong to, e.g. "when-to-fine-tune-vs-prompt"').optional(),
  param: slug('param', 'approach').optional(),
  start: slug('start', 'can-prompt'),
  questions: list('questions', flowQuestionSchema, 'questions').min(1, { error: '"questions" needs at least one question' }),
  outcomes: list('outcomes', flowOutcomeSchema, 'outcomes').min(1, { error: '"outcomes" needs at least one outcome' }),
}).superRefine((chart, ctx) => {
  for (const problem of findGraphProblems(chart)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
});
