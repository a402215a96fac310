import { chapterTally, describeState, describeTally, lessonTally, type LessonTally } from '../../lib/course-progress';
import type { Progress } from '../../lib/progress-format';
import { followProgress } from '../../lib/progress-store';
import { reviewQueue, describeNext } from '../../lib/review-schedule';

const when = (iso: string) => new Date(iso).toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

function field(root: ParentNode, name: string, text: string): void {
  const el = root.querySelector<HTMLElement>(`[data-field="${name}"]`);
  if (!el) return;
  el.textContent = text;
  el.hidden = text === '';
}

function paint(progress: Progress): void {
  let lessons = 0;
  let done = 0;
  for (const chapter of document.querySelectorAll<HTMLElement>('[data-progress-chapter]')) {
    const tallies: LessonTally[] = [];
    for (const li of chapter.querySelectorAll<HTMLElement>('[data-progress-lesson]')) {
      const t = lessonTally(progress, li.dataset['progressLesson'] ?? '', Number(li.dataset['total']));
      tallies.push(t);
      field(li, 'state', describeState(t.state));
      field(li, 'score', describeTally(t));
      field(li, 'visit', t.visited ? `Last visit ${when(t.visited)}` : '');
    }
    const c = chapterTally(tallies);
    lessons += tallies.length;
    done += c.doneLessons;
    field(chapter, 'chapter', `${describeState(c.state)}: ${c.doneLessons} of ${tallies.length} lessons done · ${describeTally(c)}`);
  }
  const status = document.querySelector<HTMLElement>('[data-progress-status]');
  const queue = reviewQueue(progress, new Date());
  const review = queue.due.length > 0 ? `${queue.due.length} to review today` : describeNext(queue.nextInDays);
  if (status) status.textContent = `${done} of ${lessons} lessons done. ${review}.`;
}

/** Paints every lesson and chapter of the progress page from the saved progress, and keeps it current. */
export function startProgressView(): void {
  followProgress(paint);
}
