import type { LessonRoute } from '../../data/route';
import type { LinkContext } from '../../build/print-edition';

/** What every print component of one lesson needs: its route data, how to rewrite its links, how far to demote its headings. */
export interface PrintLessonContext {
  route: LessonRoute;
  links: LinkContext;
  /** Added to each heading level of the lesson: its sections sit under the lesson's own title in the document. */
  shift: number;
}

/** A heading level after shifting, never beyond h6. */
export const headingTag = (level: number) => `h${Math.min(6, Math.max(1, level))}` as 'h2';
