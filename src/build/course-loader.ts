import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader } from 'astro/loaders';
import { lessonFigure } from './lesson-figures.ts';
import type { Question } from './quiz-island.ts';
import { readQuizzes, renderParts } from './quiz-source.ts';
import { describeQuestion, parseQuiz } from '../schemas/quiz.ts';

/** A quiz or exercise compiled from its lesson: attributes with their defaults, and its validated questions. */
export interface CompiledQuiz {
  id: string;
  label: string;
  numberLabel: string;
  questions: Question[];
}

/** What the `quizzes` collection holds for each lesson (its id is the lesson's): every quiz, in page order. */
export interface LessonQuizzes {
  file: string;
  quizzes: CompiledQuiz[];
}

const LESSONS = 'content/lessons/';

/**
 * The content loader of the `quizzes` collection: each lesson's MDX is read once, its quizzes' Markdown split into
 * parts from the Markdown tree, each part rendered by Astro's own Markdown pipeline (`renderMarkdown`: Shiki, the
 * site's Markdown plugins), validated, and checked for ids used twice in the lesson. A content mistake fails here,
 * before any page renders, as an AstroError naming the file, the quiz, the question and the field.
 */
export function quizzesLoader(): Loader {
  return {
    name: 'course-quizzes',
    load: async ({ store, config, renderMarkdown, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, LESSONS);
      const loadAll = async () => {
        const files = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith('.mdx')).sort();
        const lessons = [];
        for (const f of files) {
          const id = f.replaceAll('\\', '/').replace(/\.mdx$/, '');
          const mdx = await readFile(join(dir, f), 'utf8');
          lessons.push({ id, data: await compileLesson(mdx, `${LESSONS}${id}.mdx`, async (md) => (await renderMarkdown(md)).html) });
        }
        store.clear();
        for (const { id, data } of lessons) store.set({ id, data: { ...data } });
      };
      await loadAll();
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) && path.endsWith('.mdx')) loadAll().catch((e: unknown) => logger.error(String(e)));
      });
    },
  };
}

/** One lesson's quizzes from its MDX: read, rendered with `render`, validated, ids checked across the lesson. */
export async function compileLesson(mdx: string, file: string, render: (markdown: string) => Promise<string>): Promise<LessonQuizzes> {
  const { quizzes, pending } = readQuizzes(mdx, file, (name) => lessonFigure(name, file));
  await renderParts(pending, render);
  const compiled = quizzes.map(({ props, markup }) => {
    const quiz = parseQuiz(props, markup, file);
    const label = typeof props['label'] === 'string' ? props['label'] : 'Quiz';
    const numberLabel = typeof props['numberLabel'] === 'string' ? props['numberLabel'] : 'Question';
    return { id: quiz.id, label, numberLabel, questions: quiz.questions };
  });
  checkIds(compiled, file);
  return { file, quizzes: compiled };
}

// Question ids become element ids and links, so they must be unique across every quiz of the lesson.
function checkIds(quizzes: CompiledQuiz[], file: string) {
  const quizIds = new Set<string>();
  const owner = new Map<string, string>();
  for (const quiz of quizzes) {
    if (quizIds.has(quiz.id))
      throw new AstroError(
        `${file}: quiz "${quiz.id}" appears twice in this lesson`,
        'Give each <Quiz> its own id, e.g. id="quiz" and id="exercise".',
      );
    quizIds.add(quiz.id);
    quiz.questions.forEach((q, i) => {
      const other = owner.get(q.id);
      if (other !== undefined)
        throw new AstroError(
          `${file}: quiz "${quiz.id}", ${describeQuestion(q, i)}: "id" "${q.id}" is also used in quiz "${other}" on this page`,
          'Give each question its own id: ids become the links to each question.',
        );
      owner.set(q.id, quiz.id);
    });
  }
}
