import { getCollection } from 'astro:content';
import { buildCourse, type Course } from '../lib/course.ts';

/** The one place that queries the content collections: the course outline, ordered, with prev/next. */
export async function getCourse(): Promise<Course> {
  const [chapters, lessons] = await Promise.all([getCollection('chapters'), getCollection('lessons')]);
  return buildCourse(
    chapters.map((c) => c.data),
    lessons.map((l) => ({ id: l.id, filePath: l.filePath ?? `content/lessons/${l.id}.mdx`, data: l.data })),
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
