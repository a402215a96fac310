import { selectChoice, setRevealed, type LiveQuestion, type QuestionState } from '../../lib/quiz-model';

/**
 * What the learner did to a question before its island hydrated (or what the browser restored on Back): checked
 * choices, typed text or a typed number, an opened answer. The server rendered all of these empty, so anything set came from the learner.
 */
export function adoptEarlyInput(root: ParentNode, q: LiveQuestion, s: QuestionState): QuestionState {
  const container = root.querySelector<HTMLElement>(`[id="${q.id}"]`);
  if (!container) return s;
  let next = s;
  const text = container.querySelector<HTMLInputElement>('textarea, input[type="text"]')?.value ?? '';
  if (text !== '' && next.text === '') next = { ...next, text };
  if ((q.kind === 'single' || q.kind === 'multiple') && next.selected.length === 0) {
    container.querySelectorAll<HTMLInputElement>('.quiz-choices input').forEach((input, i) => {
      if (input.checked) next = selectChoice(q, next, i, true);
    });
  }
  // Last, so an open answer typed before the model answer was opened counts as written first.
  if (container.querySelector<HTMLDetailsElement>('details.quiz-answer')?.open) next = setRevealed(q, next, true);
  return next;
}
