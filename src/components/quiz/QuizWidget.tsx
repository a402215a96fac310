import { useEffect, useRef, useState } from 'preact/hooks';
import { describeScore, scoreQuiz, type LiveQuestion, type QuestionState } from '../../lib/quiz-model';
import { answersOf, emptyProgress, questionState, withAnswers, withoutAnswers, withoutStale, withQuestionState } from '../../lib/progress-format';
import { followProgress, openProgressStore } from '../../lib/progress-store';
import { withAnswer } from '../../lib/review-schedule';
import { adoptEarlyInput } from './early-input';
import { startProgressBadges } from './progress-badges';
import { ProgressTools } from './ProgressTools';
import { QuestionView } from './QuestionView';
import { questionText } from './text';

interface Props {
  /** Lesson path without the deploy base: the key progress is kept under. */
  lesson: string;
  quizId: string;
  /** Names the quiz for assistive technology, e.g. "Quick quiz". */
  label: string;
  /** The word before each number: "Question", "Scenario", "Step". */
  numberLabel: string;
  /** The questions' structure; their text arrives as slots (the other props), named by quizSlot. */
  questions: LiveQuestion[];
}

/** A self-check quiz or exercise. Rendered on the server with nothing answered, so the page is complete without JavaScript. */
export default function QuizWidget(props: Props) {
  const { lesson, quizId, label, numberLabel, questions } = props;
  const [progress, setProgress] = useState(emptyProgress);
  const [saved, setSaved] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  // The answers a Reset cleared, until Undo brings them back or the learner answers again.
  const [undo, setUndo] = useState<Record<string, QuestionState> | null>(null);
  const root = useRef<HTMLElement>(null);
  const resetButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    let first = true;
    return followProgress((current, store) => {
      if (!first) return setProgress(current);
      first = false;
      // Keep what the learner did before hydration (or the browser restored): the server rendered every question empty,
      // and hydration keeps the markup as it is, choices and text included.
      // Answers saved against an older wording of a question go: they answer a question the lesson no longer asks.
      const stored = withoutStale(current, lesson, questions);
      let adopted = stored;
      for (const q of questions) {
        const s = questionState(stored, lesson, q);
        const next = root.current ? adoptEarlyInput(root.current, q, s) : s;
        if (next !== s) adopted = withQuestionState(adopted, lesson, q.id, next);
      }
      if (adopted !== current) setSaved(store.update(() => adopted));
      // On a first visit the page script left the badges unloaded (nothing saved yet); answers start arriving now.
      startProgressBadges();
      setProgress(store.read());
    });
  }, []);

  const states = questions.map((q) => questionState(progress, lesson, q));
  const score = scoreQuiz(questions, states);
  const ids = questions.map((q) => q.id);
  const change = (q: LiveQuestion, before: QuestionState, next: QuestionState) => {
    if (next === before) return;
    const nextScore = scoreQuiz(
      questions,
      states.map((s, i) => (questions[i] === q ? next : s)),
    );
    // withAnswer also puts a question just missed into review (src/lib/review-schedule.ts).
    void openProgressStore().then((store) => setSaved(store.update((p) => withAnswer(p, lesson, q.id, next, new Date()))));
    setUndo(null);
    if (describeScore(nextScore) !== describeScore(score)) setAnnouncement(describeScore(nextScore));
  };
  const reset = () => {
    const cleared = answersOf(progress, lesson, ids);
    const count = Object.keys(cleared).length;
    if (count === 0) {
      setAnnouncement(`Nothing to reset: ${label} has no answers yet.`);
      return;
    }
    void openProgressStore().then((store) => setSaved(store.update((p) => withoutAnswers(p, lesson, ids))));
    setUndo(cleared);
    setAnnouncement(`${label} reset: ${count === 1 ? '1 answer' : `${count} answers`} cleared. Undo reset brings them back.`);
  };
  const restore = () => {
    if (!undo) return;
    setUndo(null);
    // The Undo button goes away: keep keyboard focus in the footer rather than dropping it on the page.
    resetButton.current?.focus();
    void openProgressStore().then((store) => {
      setSaved(store.update((p) => withAnswers(p, lesson, undo)));
      const back = questions.map((q) => questionState(store.read(), lesson, q));
      setAnnouncement(`Answers brought back. ${describeScore(scoreQuiz(questions, back))}.`);
    });
  };

  return (
    <section class="quiz" aria-label={label} ref={root}>
      {questions.map((q, i) => {
        const title = `${numberLabel} ${i + 1}`;
        const state = states[i]!;
        const onChange = (next: QuestionState) => change(q, state, next);
        return <QuestionView q={q} state={state} title={title} name={`${quizId}-${q.id}`} text={questionText(props, i)} onChange={onChange} />;
      })}
      <div class="quiz-footer needs-js" data-pagefind-ignore>
        <p class="quiz-score">Score: {describeScore(score)}</p>
        <button type="button" class="btn" onClick={reset} ref={resetButton}>
          Reset {label.toLowerCase()}
        </button>
        {undo && (
          <button type="button" class="btn" onClick={restore}>
            Undo reset
          </button>
        )}
        {!saved && <p class="quiz-error">This browser is not letting the page save your answers: they will be lost when you leave.</p>}
        <ProgressTools store={openProgressStore} idPrefix={`${quizId}-progress`} />
        <p class="sr-only" role="status">
          {announcement}
        </p>
      </div>
    </section>
  );
}
