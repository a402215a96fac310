// When to ask the browser to keep the learner's progress (navigator.storage.persist()), and when to warn that Safari may
// clear it: both only once there is progress to lose.
import type { Progress } from './progress-format.ts';

/** Where the page remembers that it asked for persistent storage, so it asks once. */
export const PERSIST_ASKED_KEY = 'course-persist-asked';

/** True once the learner has answered a question or marked a lesson done. */
export function hasProgress(p: Progress): boolean {
  return Object.values(p.lessons).some((l) => Object.keys(l.answers).length > 0 || l.done !== null);
}

/**
 * Whether a user agent is Safari (macOS or iOS), whose Intelligent Tracking Prevention deletes a site's storage after seven
 * days of use without a visit unless the storage is persisted or the site is a Home Screen app. Other iOS browsers name
 * themselves (CriOS, FxiOS, EdgiOS) and Chromium-based ones carry "Chrome".
 */
export function isSafari(userAgent: string): boolean {
  return /\bVersion\/[\d.]+.*\bSafari\//.test(userAgent) && !/\b(Chrome|Chromium|CriOS|FxiOS|EdgiOS|OPiOS|Android)\b/.test(userAgent);
}

/** The warning a Safari learner reads beside the progress tools. */
export const SAFARI_NOTE =
  'Safari may delete your answers if you do not visit this site for seven days. Save your progress to a file to keep a copy you can load again.';
