import { useEffect, useState } from 'preact/hooks';
import { allAnswered, lessonTally, withDone } from '../../lib/course-progress';
import { emptyProgress } from '../../lib/progress-format';
import { followProgress, openProgressStore } from '../../lib/progress-store';
import { startProgressBadges } from '../quiz/progress-badges';

interface Props {
  /** Lesson path without the deploy base: the key progress is kept under. */
  lesson: string;
  /** How many questions the lesson has, counted at build time. */
  total: number;
}

/** The end-of-lesson "Mark this lesson done" toggle; it asks by itself once every question is answered. */
export default function LessonDone({ lesson, total }: Props) {
  const [progress, setProgress] = useState(emptyProgress);
  const [saved, setSaved] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    // The sidebar's badge shows the mark: on a page with no quiz and nothing saved yet, nothing else started it.
    startProgressBadges();
    return followProgress(setProgress);
  }, []);
  const tally = lessonTally(progress, lesson, total);
  const done = tally.state === 'done';
  const toggle = () => {
    void openProgressStore().then((store) => setSaved(store.update((p) => withDone(p, lesson, !done, new Date()))));
    setAnnouncement(done ? 'This lesson is no longer marked done.' : 'Lesson marked done. Press the button again to undo.');
  };
  const prompt = done
    ? 'You marked this lesson done. Press the button again to take the mark away.'
    : allAnswered(tally)
      ? 'You have answered every question. Mark this lesson done?'
      : 'When you have finished this lesson, mark it done.';
  return (
    <div class="lesson-done-box">
      <p class="lesson-done-prompt">{prompt}</p>
      <button type="button" class="btn" aria-pressed={done} onClick={toggle}>
        <span class="lesson-done-tick" aria-hidden="true">
          {done ? '✓' : ''}
        </span>
        Lesson done
      </button>
      {!saved && <p class="quiz-error">This browser is not letting the page save your mark: it will be lost when you leave.</p>}
      <p class="sr-only" role="status">
        {announcement}
      </p>
    </div>
  );
}
