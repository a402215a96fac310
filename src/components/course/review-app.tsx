import { h, render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { withBase } from '../../lib/paths';
import { openProgressStore, type ProgressStore } from '../../lib/progress-store';
import { emptyState, type QuestionState } from '../../lib/quiz-model';
import {
  describeCard,
  describeNext,
  reviewQueue,
  reviewVerdict,
  withoutQuestion,
  withReviewResult,
  type ReviewItem,
} from '../../lib/review-schedule';
import { QuestionView } from '../quiz/QuestionView';
import { questionText } from '../quiz/text';
import { findQuestion, type Found } from './review-question';

/** One question due: fetched from its lesson's questions.json, shown with the lesson's own question view, its result saved once. */
function ReviewQuestion({ store, item, base, onAnswered }: { store: ProgressStore; item: ReviewItem; base: string; onAnswered: () => void }) {
  const [found, setFound] = useState<Found | null>(null);
  const [state, setState] = useState<QuestionState | null>(null);
  const [result, setResult] = useState('');
  const lessonUrl = withBase(base, item.lesson);
  useEffect(() => {
    void findQuestion(lessonUrl, item.lesson, item.id).then((f) => {
      // A question reworded since it was missed asks something else now: like one the lesson dropped, it leaves review.
      const saved = store.read().lessons[item.lesson]?.answers[item.id];
      const found: Found = f.ok && saved && saved.sig !== f.question.q.sig ? { ok: false, reason: 'missing' } : f;
      setFound(found);
      if (found.ok) setState(emptyState(found.question.q.sig));
      if (!found.ok && found.reason === 'missing') store.update((p) => withoutQuestion(p, item.lesson, item.id));
    });
  }, []);
  if (!found) return <p>Loading a question from its lesson…</p>;
  if (!found.ok) {
    return (
      <p class="quiz-error">
        {found.reason === 'missing'
          ? 'This question is no longer in its lesson as it was, so it has left review. '
          : 'This question’s lesson could not be loaded: you may be offline, with the lesson not yet saved on this device. '}
        <a href={lessonUrl}>Open the lesson</a>
      </p>
    );
  }
  const { q, slots, n, title, lessonTitle } = found.question;
  const text = questionText(
    Object.fromEntries(Object.entries(slots).map(([name, html]) => [name, h('quiz-text', { dangerouslySetInnerHTML: { __html: html } })])),
    n,
  );
  const onChange = (next: QuestionState) => {
    setState(next);
    const verdict = reviewVerdict(q, next);
    if (result !== '' || verdict === undefined) return;
    const now = new Date();
    store.update((p) => withReviewResult(p, item.lesson, item.id, verdict, now));
    const card = store.read().lessons[item.lesson]?.review[item.id];
    setResult(
      `${verdict ? 'Right: it moves up a step' : 'Not right this time: it starts again from step 1'}. ${card ? describeCard(card, now) : ''}.`,
    );
    onAnswered();
  };
  return (
    <article class="review-item" aria-labelledby={`review-${item.lesson}-${item.id}`}>
      <h2 id={`review-${item.lesson}-${item.id}`}>
        From {lessonTitle} · step {item.card.box} of 5
      </h2>
      <div class="quiz">
        <QuestionView q={q} state={state!} title={title} name={`review-${item.id}`} text={text} onChange={onChange} />
      </div>
      <p class="review-result" role="status">
        {result}
      </p>
      <p>
        <a href={`${lessonUrl}#${item.id}`}>Open this question in its lesson</a>
      </p>
    </article>
  );
}

/** At most this many questions at a time, each fetching its lesson page: the rest come after a reload. */
export const SESSION_SIZE = 20;

/** The questions due today, taken once when the page opens so each stays on screen with its result. */
function ReviewSession({ store, base, status }: { store: ProgressStore; base: string; status: HTMLElement }) {
  const [queue] = useState(() => reviewQueue(store.read(), new Date()));
  const shown = queue.due.slice(0, SESSION_SIZE);
  const [answered, setAnswered] = useState(0);
  useEffect(() => {
    const left = shown.length - answered;
    const after = reviewQueue(store.read(), new Date());
    const next = describeNext(after.nextInDays);
    const plural = (n: number) => (n === 1 ? '1 question' : `${n} questions`);
    status.textContent =
      shown.length === 0
        ? `Nothing to review today. ${next}.`
        : left > 0
          ? `${left} of ${plural(shown.length)} left to review today.${queue.due.length > shown.length ? ` ${queue.due.length - shown.length} more after these: reload the page.` : ''}`
          : after.due.length > 0
            ? `These are done. ${plural(after.due.length)} more due today: reload the page for them.`
            : `All done for today. ${next}.`;
  }, [answered]);
  return (
    <>
      {shown.map((item) => (
        <ReviewQuestion key={`${item.lesson}#${item.id}`} store={store} item={item} base={base} onAnswered={() => setAnswered((a) => a + 1)} />
      ))}
    </>
  );
}

/** Renders today's review into `root`, saying in `status` what is due and when the next review is. */
export async function startReview(root: HTMLElement, status: HTMLElement): Promise<void> {
  const store = await openProgressStore();
  render(<ReviewSession store={store} base={root.dataset['base'] ?? '/'} status={status} />, root);
}
