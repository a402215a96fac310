import { getCollection, getEntry, render } from 'astro:content';
import { buildCourse, ContentError, type Course } from '../build/course.ts';
import { resolveFlowchart, type Flowchart } from '../lib/flowchart.ts';
import { findMissingSections } from '../build/flowchart-graph.ts';
import { withBase } from '../lib/paths.ts';
import type { LessonQuizzes } from '../build/course-loader.ts';
import type { LessonRoute } from './route.ts';

let course: Promise<Course> | undefined;

/** The course model, compiled once per build from the content collections: outline, prev/next, every quiz. */
export function getCourse(): Promise<Course> {
  // The dev server keeps one process while authors edit: it compiles again on each request.
  if (import.meta.env.DEV) return compileCourse();
  course ??= compileCourse();
  return course;
}

async function compileCourse(): Promise<Course> {
  const [chapters, lessons, quizzes] = await Promise.all([getCollection('chapters'), getCollection('lessons'), getCollection('quizzes')]);
  const quizzesOf = new Map(quizzes.map((q) => [q.id, (q.data as LessonQuizzes).quizzes]));
  return buildCourse(
    chapters.map((c) => c.data),
    lessons.map((l) => ({
      id: l.id,
      filePath: l.filePath ?? `content/lessons/${l.id}.mdx`,
      data: l.data,
      quizzes: quizzesOf.get(l.id) ?? [],
    })),
  );
}

/** Every lesson's collection entry paired with its place in the course, for the lesson route. */
export async function getLessonEntries() {
  const [course, entries] = await Promise.all([getCourse(), getCollection('lessons')]);
  return course.lessons.map((placed) => {
    const entry = entries.find((e) => e.id === placed.id);
    if (!entry) throw new Error(`Lesson ${placed.id} vanished between two reads of the collection`);
    return { placed, entry, course };
  });
}

/**
 * A flowchart from content/flowcharts/ ready for the lesson page `route`: its graph was checked by the schema; here its
 * outcome sections are checked against the headings of its lesson, the page's own unless the flowchart names another.
 */
export async function getFlowchart(id: string, route: LessonRoute): Promise<Flowchart> {
  const entry = await getEntry('flowcharts', id);
  if (!entry) {
    const known = (await getCollection('flowcharts')).map((f) => `"${f.id}"`).join(', ') || 'none';
    throw new ContentError(
      `${route.lesson.filePath}: <Flowchart id="${id}" />: there is no flowchart "${id}" in content/flowcharts/ (known flowcharts: ${known})`,
    );
  }
  const file = entry.filePath ?? `content/flowcharts/${id}`;
  const slug = entry.data.lesson ?? route.data.slug;
  const target = slug === route.data.slug ? { lesson: route.lesson, headings: route.headings } : await otherLesson(file, id, slug);
  const missing = findMissingSections(entry.data, slug, new Set(target.headings.map((h) => h.slug)));
  if (missing.length > 0) {
    throw new ContentError(`${file}: flowchart "${id}" has outcome links to missing sections:\n${missing.map((p) => `  - ${p.message}`).join('\n')}`);
  }
  const lessonHref = withBase(import.meta.env.BASE_URL, target.lesson.path);
  return resolveFlowchart(id, entry.data, { lessonHref, onSamePage: target.lesson === route.lesson, headings: target.headings });
}

// The lesson a flowchart names when it sits on another lesson's page, with that lesson's headings.
async function otherLesson(file: string, id: string, slug: string) {
  const lessons = await getLessonEntries();
  const matches = lessons.filter((l) => l.entry.data.slug === slug);
  const lesson = matches[0];
  if (matches.length > 1 || !lesson) {
    const why =
      matches.length > 1
        ? `a slug used in more than one chapter (${matches.map((l) => l.placed.filePath).join(', ')})`
        : `which is not the slug of a lesson in content/lessons/ (known lessons: ${lessons.map((l) => `"${l.entry.data.slug}"`).join(', ')})`;
    throw new ContentError(`${file}: flowchart "${id}" names "lesson" "${slug}", ${why}`);
  }
  return { lesson: lesson.placed, headings: (await render(lesson.entry)).headings };
}
