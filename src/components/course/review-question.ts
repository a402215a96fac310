import { decodeIslandProps, liveQuestionFrom } from '../../lib/island-props';
import type { LiveQuestion } from '../../lib/quiz-model';

/** A question as its lesson page renders it: structure, its text's slots (name → HTML), place and the lesson's title. */
export interface LessonQuestion {
  q: LiveQuestion;
  slots: Record<string, string>;
  /** Its 0-based place in its quiz, which names its slots. */
  n: number;
  title: string;
  lessonTitle: string;
}

/** A question found, or why not: the page could not be fetched, or it was fetched and no longer has the question. */
export type Found = { ok: true; question: LessonQuestion } | { ok: false; reason: 'unreachable' | 'missing' };

const pages = new Map<string, Promise<Document | undefined>>();

/** A lesson page, fetched once per review (the service worker answers from its cache offline). */
function lessonPage(url: string): Promise<Document | undefined> {
  let page = pages.get(url);
  if (!page) {
    page = fetch(url)
      .then((r) => (r.ok ? r.text() : undefined))
      .then((html) => (html === undefined ? undefined : new DOMParser().parseFromString(html, 'text/html')))
      .catch(() => undefined);
    pages.set(url, page);
  }
  return page;
}

/** Finds question `id` of lesson `lesson` in its server-rendered page at `url`: the quiz island's props and slots. */
export async function findQuestion(url: string, lesson: string, id: string): Promise<Found> {
  const doc = await lessonPage(url);
  // Only the lesson's own page can say a question is gone: an offline or error page says nothing about it.
  const isLesson = [...(doc?.querySelectorAll<HTMLElement>('article[data-lesson-path]') ?? [])].some((a) => a.dataset['lessonPath'] === lesson);
  if (!doc || !isLesson) return { ok: false, reason: 'unreachable' };
  for (const island of doc.querySelectorAll('astro-island[props]')) {
    const props = decodeIslandProps(island.getAttribute('props'));
    const questions = props?.['questions'];
    if (!Array.isArray(questions)) continue;
    const n = questions.findIndex((q: unknown) => liveQuestionFrom(q)?.id === id);
    const q = liveQuestionFrom(questions[n]);
    if (!q) continue;
    const slots: Record<string, string> = {};
    for (const slot of island.querySelectorAll('astro-slot[name]')) {
      if (slot.closest('astro-island') === island) slots[slot.getAttribute('name') ?? ''] = slot.innerHTML;
    }
    const numberLabel = typeof props?.['numberLabel'] === 'string' ? props['numberLabel'] : 'Question';
    const lessonTitle = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() ?? 'its lesson';
    return { ok: true, question: { q, slots, n, title: `${numberLabel} ${n + 1}`, lessonTitle } };
  }
  return { ok: false, reason: 'missing' };
}
