// What the print components of one lesson share: its context, its headings' levels, and how PrintLesson binds them.
import { createComponent, render, renderComponent } from 'astro/compiler-runtime';
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

/** An Astro component as an .astro import types it: a function of its props. */
type AstroComponent<P> = ((props: P) => unknown) & { name: string };

/**
 * `Component` with some of its props bound: `withProps(PrintQuiz, { lesson })` is a component an MDX file writes as
 * `<Quiz id="quiz" />` and that renders `<PrintQuiz id="quiz" lesson={lesson} />`. A document holding several lessons
 * renders each with its own components map, so each widget knows its lesson without reading the shared Astro.locals.
 * Built with Astro's compiler runtime (astro/compiler-runtime), the same calls a compiled .astro file makes.
 */
export function withProps<P extends object, B extends Partial<P>>(Component: AstroComponent<P>, bound: B): AstroComponent<Omit<P, keyof B>> {
  const factory = createComponent(
    (result: Parameters<typeof renderComponent>[0], props: Record<string, unknown>, slots: Record<string, unknown>) =>
      render`${renderComponent(result, Component.name, Component as never, { ...props, ...bound }, slots as never)}`,
  );
  return factory as unknown as AstroComponent<Omit<P, keyof B>>;
}
