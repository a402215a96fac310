/**
 * npm run new-lesson -- --chapter 9 --lesson 6 --title "Some Title": writes content/lessons/9-6-some-title.mdx with
 * valid frontmatter (the slug from the title) that builds as it is, and says what to fill in. Refuses an unknown
 * chapter and a lesson number already taken. --content <folder> writes into another course folder (for tests).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { frontmatterNumbers, newLesson, type ChapterEntry } from './lib/new-lesson.ts';

const { values } = parseArgs({
  options: { chapter: { type: 'string' }, lesson: { type: 'string' }, title: { type: 'string' }, content: { type: 'string' } },
});
const root = values.content ?? join(import.meta.dirname, '..');
const chapters = JSON.parse(await readFile(join(root, 'content/chapters.json'), 'utf8')) as ChapterEntry[];
const folder = join(root, 'content/lessons');
const existing = [];
for (const name of (await readdir(folder)).filter((f) => f.endsWith('.mdx'))) {
  const numbers = frontmatterNumbers(await readFile(join(folder, name), 'utf8'));
  if (numbers) existing.push({ file: `content/lessons/${name}`, ...numbers });
}
const result = newLesson({ chapter: Number(values.chapter), lesson: Number(values.lesson), title: values.title ?? '' }, chapters, existing);
if ('error' in result) {
  console.error(result.error);
  process.exit(1);
}
if (existsSync(join(root, result.file))) {
  console.error(`${result.file} exists already: pick another title or lesson number.`);
  process.exit(1);
}
await writeFile(join(root, result.file), result.text);
console.log(
  `Wrote ${result.file}. It builds as it is: fill in the summary, key concepts and docs, then write the lesson (the comment at its top lists what to do).`,
);
