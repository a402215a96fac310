// A stand-in for Astro's 'astro:content', so src/data/course.ts can run in-process: a test mocks the module with
// vi.mock('astro:content', () => import('./helpers/astro-content')) and fills the collections with setContent().
// Entries go through the same schemas as in src/content.config.ts, as Astro's content layer would run them.
import { chapterSchema, lessonSchema } from '../../../src/schemas/lesson';
import { flowchartSchema } from '../../../src/schemas/flowchart';

interface Entry {
  id: string;
  filePath: string;
  data: unknown;
  headings: string[];
}

/** One lesson as written: its file (the id is its name), its frontmatter and the ids of its headings. */
export interface LessonFile {
  file: string;
  frontmatter: Record<string, unknown>;
  headings?: string[];
}

/** One flowchart as written: its file in content/flowcharts/ (the id is its name) and its data. */
export interface FlowchartFile {
  file: string;
  data: unknown;
}

const collections: Record<string, Entry[]> = { chapters: [], lessons: [], flowcharts: [] };
const idOf = (file: string) => file.replace(/^.*\//, '').replace(/\.\w+$/, '');

/** Replaces the collections' content; throws as the content layer would when an entry does not match its schema. */
export function setContent(content: { chapters: unknown[]; lessons: LessonFile[]; flowcharts?: FlowchartFile[] }): void {
  collections['chapters'] = content.chapters.map((c) => {
    const data = chapterSchema.parse(c);
    return { id: data.id, filePath: 'content/chapters.json', data, headings: [] };
  });
  collections['lessons'] = content.lessons.map((l) => ({
    id: idOf(l.file),
    filePath: l.file,
    data: lessonSchema.parse(l.frontmatter),
    headings: l.headings ?? [],
  }));
  collections['flowcharts'] = (content.flowcharts ?? []).map((f) => ({
    id: idOf(f.file),
    filePath: f.file,
    data: flowchartSchema.parse(f.data),
    headings: [],
  }));
}

/** Every entry of a collection. */
export async function getCollection(name: string): Promise<Entry[]> {
  return collections[name] ?? [];
}

/** One entry of a collection by id, or undefined. */
export async function getEntry(name: string, id: string): Promise<Entry | undefined> {
  return collections[name]?.find((e) => e.id === id);
}

/** What rendering a lesson tells its page: here, only its headings. */
export async function render(entry: Entry): Promise<{ headings: { depth: number; slug: string; text: string }[] }> {
  return { headings: entry.headings.map((slug) => ({ depth: 2, slug, text: slug })) };
}
