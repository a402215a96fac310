/** Turns a BASE_PATH such as "course", "/course" or "/course/" into "/course/"; empty means the root "/". */
export function normaliseBase(raw: string | undefined): string {
  // Backslashes too: browsers read "/\\host" as "//host", a link to another site.
  const trimmed = (raw ?? '').trim().replace(/^[/\\]+|[/\\]+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Prefixes a root-relative site path ("/fine-tuning/x/#y") with the deploy base; other URLs pass through. */
export function withBase(base: string, path: string): string {
  if (!path.startsWith('/') || path.startsWith('//')) return path;
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  if (prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))) return path;
  return `${prefix}${path}`;
}

/** The URL path of a lesson page, without the deploy base: "/<chapter-slug>/<lesson-slug>/". */
export function lessonPath(chapterSlug: string, lessonSlug: string): string {
  return `/${chapterSlug}/${lessonSlug}/`;
}
