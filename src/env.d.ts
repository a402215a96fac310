declare namespace App {
  interface Locals {
    /** Set by the lesson route (src/pages/[chapter]/[lesson].astro) before the lesson renders: see src/data/route.ts. */
    route?: import('./data/route').LessonRoute;
  }
}
