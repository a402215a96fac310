import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many lessons each generated chapter holds, in chapter order. */
export type CourseShape = number[];

/** A course of `total` lessons spread over chapters of 20, for timing builds (500 → 25 chapters). */
export function spreadShape(total: number, perChapter = 20): CourseShape {
  const shape: number[] = [];
  for (let left = total; left > 0; left -= perChapter) shape.push(Math.min(perChapter, left));
  return shape;
}

const WORDS = (
  'model prompt token dataset example weights training evaluation retrieval context window latency cost budget ' +
  'schema format persona holdout overfitting learning rate epoch batch validation baseline adapter quality the a ' +
  'of to and in is it that for on with as by when you your this can more less than each every one two three ' +
  'request response answer question teacher student lesson chapter page search index cache offline server ' +
  'browser script style table list chart number price dollar month day week hour minute second fast slow ' +
  'small large long short clear simple hard easy often rarely always never before after because so then'
).split(' ');

// A small seeded generator, so every run writes the same bytes yet the prose does not compress unrealistically well.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(seed: number): string {
  const next = random(seed);
  const out = Array.from({ length: 8 + Math.floor(next() * 12) }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = out.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

function paragraph(seed: number, sentences = 5): string {
  return Array.from({ length: sentences }, (_, i) => sentence(seed * 31 + i)).join(' ');
}

/**
 * One lesson of about the size of the real ones (8–10 KB of MDX): headings, prose, a list, a table, a highlighted
 * code block, a details block, a link to a section on the same page and one to the previous lesson.
 */
export function lessonMdx(chapter: number, lesson: number, chapterSlug: string, linkBack = lesson > 1): string {
  const seed = chapter * 1000 + lesson;
  const sections = ['Why it matters', 'How it works', 'A worked example', 'Common mistakes', 'Check yourself'];
  const body = sections.map((title, i) => {
    const parts = [`## ${title}`, paragraph(seed + i, 8), paragraph(seed + i + 100, 7)];
    if (i === 1)
      parts.push(['- **First.** ' + sentence(seed + 1), '- **Second.** ' + sentence(seed + 2), '- **Third.** ' + sentence(seed + 3)].join('\n'));
    if (i === 2) {
      parts.push(
        '<div class="table-scroll">\n\n| Setting | Small | Large |\n| --- | --- | --- |\n' +
          Array.from({ length: 5 }, (_, r) => `| ${WORDS[(seed + r) % WORDS.length]} | ${r * 10 + lesson} | ${r * 100 + chapter} |`).join('\n') +
          '\n\n</div>',
      );
      parts.push(
        '```python\n' +
          `def cost_per_day(requests: int, tokens: int, usd_per_million: float = ${(lesson % 9) + 0.5}) -> float:\n` +
          '    """Dollars spent on input tokens in one day."""\n' +
          '    return requests * tokens / 1_000_000 * usd_per_million\n\n' +
          `print(f"{cost_per_day(${lesson * 1000}, 200):.2f}")\n` +
          '```',
      );
    }
    if (i === 4) parts.push(`<details>\n<summary>Show answer</summary>\n\n${paragraph(seed + 500, 2)}\n\n</details>`);
    return parts.join('\n\n');
  });
  const back = linkBack ? `Back to [lesson ${chapter}.${lesson - 1}](/${chapterSlug}/lesson-${chapter}-${lesson - 1}/) or ` : '';
  const frontmatter = [
    '---',
    `title: Generated lesson ${chapter}.${lesson}`,
    `chapter: ${chapter}`,
    `lesson: ${lesson}`,
    `slug: lesson-${chapter}-${lesson}`,
    `summary: A generated lesson of realistic size for measuring builds and page weight (${chapter}.${lesson}).`,
    'keyConcepts:',
    '  - Measurement',
    '  - Page weight',
    'docs:',
    '  - label: OpenAI Fine-Tuning Guide',
    '    url: https://platform.openai.com/docs/guides/fine-tuning',
    '---',
  ].join('\n');
  return [frontmatter, paragraph(seed, 4), ...body, `${back}jump to [the worked example](#a-worked-example).`, ''].join('\n\n');
}

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));

/** Options for generateCourse. */
export interface GenerateOptions {
  /**
   * Also copy this project's own content/ (lessons 9.1 to 9.5 and any data files) into the course: each real
   * chapter takes the place of the generated chapter with its number, and the real lessons come first in it.
   */
  withRealLessons?: boolean;
}

interface Chapter {
  id: string;
  number: number;
  title: string;
}

/**
 * Writes a course into `<root>/content/` (chapters.json and one MDX file per lesson), replacing what was there.
 * Chapter i gets shape[i] lessons (real ones included); generated chapters have ids "chapter-1", "chapter-2", ...
 */
export async function generateCourse(root: string, shape: CourseShape, options: GenerateOptions = {}): Promise<{ lessons: number }> {
  const content = join(root, 'content');
  await rm(root, { recursive: true, force: true });
  await mkdir(join(content, 'lessons'), { recursive: true });
  const real = new Map<number, { chapter: Chapter; lessons: number[] }>();
  if (options.withRealLessons) {
    await cp(join(PROJECT, 'content'), content, { recursive: true });
    const chapters = JSON.parse(await readFile(join(PROJECT, 'content', 'chapters.json'), 'utf8')) as Chapter[];
    for (const chapter of chapters) real.set(chapter.number, { chapter, lessons: [] });
    // Imports in the real lessons are relative to content/lessons/ of this project: point them back at it.
    const up = relative(join(content, 'lessons'), PROJECT).split(sep).join('/');
    for (const file of await readdir(join(content, 'lessons'))) {
      const path = join(content, 'lessons', file);
      const text = await readFile(path, 'utf8');
      await writeFile(path, text.replace(/(from\s+['"])\.\.\/\.\.\//g, `$1${up}/`));
      const chapter = Number(/^chapter:\s*(\d+)/m.exec(text)?.[1]);
      const lesson = Number(/^lesson:\s*(\d+)/m.exec(text)?.[1]);
      real.get(chapter)?.lessons.push(lesson);
    }
  }
  const chapters = shape.map((_, i) => real.get(i + 1)?.chapter ?? { id: `chapter-${i + 1}`, number: i + 1, title: `Generated chapter ${i + 1}` });
  for (const [number, { chapter }] of real) if (number > shape.length) chapters.push(chapter);
  await writeFile(join(content, 'chapters.json'), JSON.stringify(chapters, null, 2));
  let lessons = [...real.values()].reduce((n, r) => n + r.lessons.length, 0);
  for (const [i, count] of shape.entries()) {
    const taken = real.get(i + 1)?.lessons ?? [];
    const first = Math.max(0, ...taken) + 1;
    for (let n = first; n < first + count - taken.length; n++) {
      await writeFile(join(content, 'lessons', `gen-${i + 1}-${n}.mdx`), lessonMdx(i + 1, n, chapters[i]!.id, n > first));
      lessons++;
    }
  }
  return { lessons };
}
