import { badgeText, lessonTally } from '../../lib/course-progress';
import type { Progress } from '../../lib/progress-format';
import { followProgress } from '../../lib/progress-store';

let started = false;

/**
 * Records the questions of any quiz on the page, then fills in every lesson's progress badge ("Done · 2 right first
 * time · 3 of 6 answered", from LessonProgress.astro) from the saved answers and keeps them current. Runs once per page, whoever calls it.
 */
export function startProgressBadges(): void {
  if (started) return;
  started = true;
  let first = true;
  const paint = (progress: Progress) => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-lesson-progress]')) {
      const text = badgeText(lessonTally(progress, el.dataset['lessonProgress'] ?? '', Number(el.dataset['lessonTotal'])));
      el.textContent = text;
      el.hidden = text === '';
    }
  };
  followProgress((progress) => {
    paint(progress);
    if (first) paintContinue(progress);
    first = false;
  });
}

/** The home page's "Continue where you left off", linking to the last lesson and section read; hidden when there is none. */
function paintContinue(progress: Progress): void {
  const box = document.querySelector<HTMLElement>('[data-continue]');
  const link = box?.querySelector<HTMLAnchorElement>('[data-continue-link]');
  const position = progress.position;
  if (!box || !link || !position) return;
  // The lesson's own link in the list below carries the deploy base and the title; a lesson no longer in the course has none.
  const badge = [...document.querySelectorAll<HTMLElement>('[data-lesson-progress]')].find((el) => el.dataset['lessonProgress'] === position.lesson);
  const lessonLink = badge?.closest('li')?.querySelector<HTMLAnchorElement>('a[href]');
  if (!lessonLink) return;
  link.href = `${lessonLink.getAttribute('href') ?? ''}${position.section ? `#${position.section}` : ''}`;
  link.textContent = `Continue where you left off: ${lessonLink.textContent?.replace(/\s+/g, ' ').trim() ?? ''}`;
  box.hidden = false;
}
