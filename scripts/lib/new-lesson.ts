// What `npm run new-lesson` writes: a lesson file whose frontmatter is valid as it is, with the author's next steps.

/** A chapter as content/chapters.json lists it. */
export interface ChapterEntry {
  id: string;
  number: number;
  title: string;
}

/** A lesson already in content/lessons/: its file and the chapter and lesson numbers its frontmatter gives. */
export interface ExistingLesson {
  file: string;
  chapter: number;
  lesson: number;
}

/** The URL segment a title gives: lowercase letters and digits joined by single hyphens ("Running a Job" → "running-a-job"). */
export function slugFromTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The chapter and lesson numbers in a lesson file's frontmatter, or undefined when it has none. */
export function frontmatterNumbers(text: string): { chapter: number; lesson: number } | undefined {
  const front = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  const chapter = /^chapter:\s*(\d+)\s*$/m.exec(front)?.[1];
  const lesson = /^lesson:\s*(\d+)\s*$/m.exec(front)?.[1];
  return chapter && lesson ? { chapter: Number(chapter), lesson: Number(lesson) } : undefined;
}

/** The new lesson's file name and text, or the reason it cannot be written (an unknown chapter, a number taken). */
export function newLesson(
  input: { chapter: number; lesson: number; title: string },
  chapters: readonly ChapterEntry[],
  existing: readonly ExistingLesson[],
): { file: string; text: string } | { error: string } {
  const { chapter, lesson } = input;
  const title = input.title.trim();
  if (!Number.isInteger(chapter) || !Number.isInteger(lesson) || lesson < 1) {
    return { error: 'Give the chapter and lesson as whole numbers: npm run new-lesson -- --chapter 9 --lesson 6 --title "Some Title"' };
  }
  const known = chapters.find((c) => c.number === chapter);
  if (!known) {
    const list = chapters.map((c) => `${c.number} (${c.title})`).join(', ') || 'none';
    return { error: `There is no chapter ${chapter} in content/chapters.json (chapters: ${list}). Add it there first.` };
  }
  const taken = existing.find((l) => l.chapter === chapter && l.lesson === lesson);
  if (taken) return { error: `Lesson ${chapter}.${lesson} is already ${taken.file}: pick another lesson number.` };
  const slug = slugFromTitle(title);
  if (!slug) return { error: 'Give the lesson a title with letters or digits, e.g. --title "Running a Fine-Tuning Job".' };
  const yamlTitle = JSON.stringify(title);
  const text = `---
title: ${yamlTitle}
chapter: ${chapter}
lesson: ${lesson}
slug: ${slug}
summary: ${JSON.stringify(`What a learner takes away from ${title}, in one line.`)}
keyConcepts:
  - ${yamlTitle}
docs: []
aiGenerated: false
---

{/*
  Lesson ${chapter}.${lesson}, "${title}" (${known.title}). Its address will be /${known.id}/${slug}/: once published, keep the slug.
  To do, then delete this comment:
  - summary: one line for the home page and search results (at most 160 characters);
  - keyConcepts: the lesson's main ideas, and docs: links to official documentation ({ label, url });
  - aiGenerated: true if AI helped write it (the page then says so);
  - the lesson itself below: ## sections, and widgets by name without an import, e.g. <Flowchart id="...">,
    <Calculator />, <LoraWidget /> (under an ### heading), <Figure name="monthly-saving" />, and a <Quiz> of
    <Question>s written in Markdown (README, "Writing a lesson" and "Adding a widget"; src/components/quiz/README.md).
*/}

Write the lesson's opening paragraph here.
`;
  return { file: `content/lessons/${chapter}-${lesson}-${slug}.mdx`, text };
}
