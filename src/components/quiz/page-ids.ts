// One map per page render (keyed by that render's Astro.locals), so two quizzes on a page cannot share a question id.
const pages = new WeakMap<object, Map<string, string>>();

/** Question id → quiz id (and "quiz:<id>" for each quiz) for every quiz rendered so far on the page being built. */
export function idsOnPage(locals: object): Map<string, string> {
  let ids = pages.get(locals);
  if (!ids) {
    ids = new Map();
    pages.set(locals, ids);
  }
  return ids;
}
