import { readFile, rm, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { newLesson } from '../../scripts/lib/new-lesson';
import { buildFixture, PROJECT, syncFixture } from '../support/astro';

// The wiring, end to end: a mistake of each kind (lesson frontmatter, quiz, flowchart) stops Astro's content loading
// (`astro sync`, the first step of `astro build`, run here in-process) with its file and what to fix, and a valid site
// builds. A quiz has four: a rule checked across a page, one checked in its own Markdown, one in a <NumericAnswer>'s
// attributes (MDX expressions, which reach the schema as numbers), and a tag out of place (src/build/quiz-source.ts).
// Every other mistake's message is checked without Astro: lesson-errors.test.ts, quiz-markdown.test.ts,
// flowchart-errors.test.ts, check-built-site.test.ts.
describe('a fixture', () => {
  it.each([
    { kind: 'lesson frontmatter', name: 'missing-title', says: ['content/lessons/untitled.mdx', '"title" is missing'] },
    {
      kind: 'quiz',
      name: 'quiz-duplicate-id-across-quizzes',
      says: [
        'content/lessons/duplicate-id-across-quizzes.mdx',
        'quiz "exercise", question 1 ("q-format")',
        'is also used in quiz "quiz" on this page',
      ],
    },
    {
      kind: 'quiz',
      name: 'quiz-no-choices-or-answer',
      says: ['content/lessons/no-choices-or-answer.mdx: quiz "quiz", question 1 ("q-forgetting")', 'has no choices and no <ModelAnswer>'],
    },
    {
      kind: 'quiz',
      name: 'quiz-numeric-negative-tolerance',
      says: ['content/lessons/numeric-negative-tolerance.mdx: quiz "quiz", question 1 ("q-saving"): <NumericAnswer> "tolerance" cannot be negative'],
    },
    {
      kind: 'quiz',
      name: 'quiz-question-outside-quiz',
      says: ['content/lessons/question-outside-quiz.mdx:25', '<Question> must stand directly inside a <Quiz>'],
    },
    {
      kind: 'flowchart',
      name: 'flowchart-missing-node',
      says: [
        'flowcharts → pick-a-tool** data does not match collection schema',
        'flowchart-missing-node/content/flowcharts/pick-a-tool.json',
        'questions.0.answers.1.next**: question "nails": answer "no" leads to "sawe", which is not a question or outcome id',
      ],
    },
  ])('with a broken $kind ($name) stops the build with a message naming the file and what to fix', async ({ name, says }) => {
    const error = await syncFixture(name);
    expect(error, 'the fixture loaded without an error').toBeDefined();
    const told = `${error!.file ?? ''}\n${error!.message}\n${error!.hint ?? ''}`;
    for (const text of says) expect(told).toContain(text);
    expect(error!.hint, 'a hint saying where to look').toBeTruthy();
  });

  it('succeeds for a valid lesson with a flowchart and two quizzes, and for the lesson new-lesson writes, as they are', async () => {
    const fresh = newLesson(
      { chapter: 9, lesson: 2, title: 'Running a Fine-Tuning Job' },
      [{ id: 'fine-tuning', number: 9, title: 'Fine-Tuning' }],
      [],
    );
    if ('error' in fresh) throw new Error(fresh.error);
    const freshFile = `${PROJECT}tests/fixtures/valid/${fresh.file}`;
    await writeFile(freshFile, fresh.text);
    const { code, output } = await buildFixture('valid').finally(() => rm(freshFile));
    expect(code, output).toBe(0);
    expect(await readFile(`${PROJECT}tests/fixtures/valid/dist/fine-tuning/running-a-fine-tuning-job/index.html`, 'utf8')).toContain('9.2');
    expect(output).toContain('none broken');
    const html = await readFile(`${PROJECT}tests/fixtures/valid/dist/fine-tuning/valid/index.html`, 'utf8');
    // The link check names a page's lesson file from this attribute (check-built-site.test.ts has its messages).
    expect(html).toContain('data-source="content/lessons/valid.mdx"');
    expect(html.match(/<section class="quiz"/g)).toHaveLength(2);
    expect(html).toContain('Which tool?');
    // Every kind of question, in Markdown: emphasis, a section link, highlighted code with its copy button.
    expect(html).toContain('Which approach fixes a <em>format</em> problem?');
    expect(html).toContain('href="/fine-tuning/valid/#part-one"');
    expect(html.match(/data-language="python"/g)).toHaveLength(2);
    expect(html).toContain('Choose every answer that applies.');
  });
});
