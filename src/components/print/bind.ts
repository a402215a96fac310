import { createComponent, render, renderComponent } from 'astro/compiler-runtime';

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
