import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { AstroError } from 'astro/errors';
import { plain } from '../../src/build/quiz-source';
import { parseQuizBody, readQuiz } from './helpers/quiz-markdown';

const format = `<Question id="q-format">
Which approach fixes a *format* problem?

- [ ] RAG
  RAG adds knowledge. See [the guide](/fine-tuning/x/#rag).
- [x] Fine-tuning

**Format** is what fine-tuning is good at.
</Question>`;

const forgetting = `<Question id="q-forgetting">
What is catastrophic forgetting?

<ModelAnswer>
Losing general abilities after fine-tuning on one task.
</ModelAnswer>

Evaluate on a general holdout set.
</Question>`;

function messageFor(body: string, quizProps?: Record<string, unknown>): string {
  try {
    parseQuizBody(body, quizProps);
  } catch (error) {
    expect(error).toBeInstanceOf(AstroError);
    return (error as Error).message;
  }
  throw new Error('expected the quiz to be refused');
}

describe('a quiz written in Markdown', () => {
  it('reads a choice question: its prompt, each choice with [x] for right, the lines under a choice, then the explanation', () => {
    const [q] = parseQuizBody(format).questions;
    expect(q).toMatchObject({
      kind: 'single',
      id: 'q-format',
      prompt: { html: 'Which approach fixes a <em>format</em> problem?', text: 'Which approach fixes a format problem?' },
      choices: [
        { label: { html: 'RAG' }, correct: false, why: { html: '<p>RAG adds knowledge. See <a href="/fine-tuning/x/#rag">the guide</a>.</p>' } },
        { label: { html: 'Fine-tuning' }, correct: true, why: undefined },
      ],
      explanation: { html: '<p><strong>Format</strong> is what fine-tuning is good at.</p>' },
    });
  });

  it('reads an open question: the model answer between its tags, and what follows as the explanation', () => {
    const [q] = parseQuizBody(forgetting).questions;
    expect(q).toMatchObject({
      kind: 'open',
      modelAnswer: { html: '<p>Losing general abilities after fine-tuning on one task.</p>' },
      explanation: { text: 'Evaluate on a general holdout set.' },
    });
  });

  it('reads a multiple-choice question, an exercise (choices and a model answer) and code under the prompt and in a loose choice', () => {
    const [multiple, exercise] = parseQuizBody(`<Question id="q-tools" multiple>
Which are tools?

- [x] Hammer
- [x] Saw
- [ ] Nail

Hammers and saws are tools.
</Question>

<Question id="ex-record">
Is this record valid?

\`\`\`json
{"messages": []}
\`\`\`

- [ ] Yes
- [x] No

  An example needs an assistant message:

  \`\`\`json
  {"role": "assistant", "content": "Hi"}
  \`\`\`

It has no turns at all.

<ModelAnswer>
**No.** There is nothing to learn from.
</ModelAnswer>
</Question>`).questions;
    expect(multiple).toMatchObject({ kind: 'multiple', choices: [{ correct: true }, { correct: true }, { correct: false }] });
    expect(exercise).toMatchObject({
      kind: 'single',
      prompt: { text: 'Is this record valid?' },
      modelAnswer: { text: 'No. There is nothing to learn from.' },
    });
    expect(exercise!.context!.html).toMatch(/^<pre><code class="language-json">/);
    expect(exercise!.kind === 'single' && exercise!.choices[1]!.why!.html).toMatch(/^<p>An example needs an assistant message:<\/p>\s*<pre>/);
  });

  it.each([
    {
      rule: 'a question with no right choice',
      body: format.replace('[x]', '[ ]'),
      says: 'question 1 ("q-format"): no choice is marked right: write [x] before the right answer',
    },
    {
      rule: 'two right choices in a single-choice question',
      body: format.replace('[ ] RAG', '[x] RAG'),
      says: 'a single-choice question has 2 right choices ("RAG", "Fine-tuning"): mark only one with [x], or write <Question id="q-format" multiple>',
    },
    {
      rule: 'two questions with one id',
      body: `${format}\n\n${forgetting.replace('q-forgetting', 'q-format')}`,
      says: 'question 2 ("q-format"): "id" "q-format" is used by another question',
    },
    {
      rule: 'a question with no prompt',
      body: format.replace('Which approach fixes a *format* problem?\n\n', ''),
      says: 'question 1 ("q-format"): has no question: start <Question> with the question, as a sentence',
    },
    {
      rule: 'an empty choice',
      body: format.replace('- [x] Fine-tuning', '- [x] <span></span>'),
      says: 'question 1 ("q-format"), choice 2: its text is empty',
    },
    {
      rule: 'a question with neither choices nor a model answer',
      body: '<Question id="q-open">\nWhat is forgetting?\n\nIt is losing abilities.\n</Question>',
      says: 'has no choices and no <ModelAnswer>',
    },
    { rule: 'a single choice', body: format.replace(/- \[ \] RAG\n.*\n/, ''), says: 'has only one choice' },
    { rule: 'a choice question without an explanation', body: format.replace(/\n\*\*Format.*\n/, '\n'), says: 'has no explanation' },
    {
      rule: 'a list mixing choices and plain items',
      body: format.replace('- [x] Fine-tuning', '- Fine-tuning'),
      says: 'mixes choices ("- [ ]", "- [x]") and plain items in one list',
    },
    {
      rule: 'two lists of choices',
      body: format.replace('\n</Question>', '\n- [ ] Prompting\n- [x] Both\n</Question>'),
      says: 'has two lists of choices',
    },
    {
      rule: 'two model answers',
      body: forgetting.replace('\nEvaluate', '\n<ModelAnswer>\nAgain.\n</ModelAnswer>\n\nEvaluate'),
      says: 'has two <ModelAnswer> blocks',
    },
    {
      rule: 'a question that starts with a code block',
      body: format.replace('Which approach', '```\nx\n```\n\nWhich approach'),
      says: 'starts with a code block: start it with the question as a sentence',
    },
    { rule: 'a heading in a question', body: format.replace('**Format**', '### Why\n\n**Format**'), says: 'has a heading' },
    { rule: 'a misspelt attribute', body: format.replace('id="q-format"', 'id="q-format" mulitple'), says: '<Question> has no attribute "mulitple"' },
    { rule: 'a value on multiple', body: format.replace('id="q-format"', 'id="q-format" multiple="yes"'), says: 'write "multiple" on its own' },
    { rule: 'a question without an id', body: format.replace(' id="q-format"', ''), says: 'question 1: "id" is missing' },
    { rule: 'an id that cannot be a link', body: format.replace('q-format', 'Question 1'), says: '"id" may use only lowercase letters' },
    {
      rule: 'an attribute on <ModelAnswer>',
      body: forgetting.replace('<ModelAnswer>', '<ModelAnswer kind="long">'),
      says: '<ModelAnswer> takes no attributes',
    },
    {
      rule: 'an empty model answer',
      body: forgetting.replace('Losing general abilities after fine-tuning on one task.', ''),
      says: 'its model answer is empty',
    },
    {
      rule: 'text outside any question',
      body: `Read this first.\n\n${format}`,
      says: 'quiz "quiz": has the text "Read this first." outside any <Question>',
    },
    { rule: 'a quiz with no question', body: '', says: 'quiz "quiz": has no <Question>' },
  ])('is refused for $rule, with a message naming the lesson file, the quiz and the question', ({ body, says }) => {
    const message = messageFor(body);
    expect(message).toContain('content/lessons/x.mdx: quiz "quiz"');
    expect(message).toContain(says);
  });

  it.each([
    {
      rule: 'the old questions attribute',
      props: { id: 'quiz', questions: [] },
      says: 'the "questions" attribute is gone: write each question as a <Question>',
    },
    { rule: 'a misspelt attribute', props: { id: 'quiz', lable: 'Quiz' }, says: '<Quiz> has no attribute "lable"' },
    {
      rule: 'an id that cannot be part of an element id',
      props: { id: 'Quick quiz' },
      says: 'quiz "Quick quiz": the quiz "id" may use only lowercase letters',
    },
  ])('refuses a <Quiz> with $rule', ({ props, says }) => {
    expect(messageFor(format, props)).toContain(says);
  });

  it('lists every problem, one line each', () => {
    const message = messageFor(`${format.replace('[x]', '[ ]')}\n\n${forgetting.replace(/<ModelAnswer>[\s\S]*<\/ModelAnswer>/, '')}`);
    expect(message.split('\n')).toEqual([
      'content/lessons/x.mdx: quiz "quiz", question 1 ("q-format"): no choice is marked right: write [x] before the right answer',
      'content/lessons/x.mdx: quiz "quiz", question 2 ("q-forgetting"): has no choices and no <ModelAnswer>: list the choices as "- [ ]" and "- [x]" lines, write a <ModelAnswer> to compare with, or a <NumericAnswer> or an <Ordering>',
    ]);
  });

  it('keeps what an author typed as text, never as markup', () => {
    const [q] = readQuiz(format.replace('*format*', '`<script>alert(1)</script>`')).questions;
    expect(q!.prompt!.html).toBe('Which approach fixes a <code>&lt;script&gt;alert(1)&lt;/script&gt;</code> problem?');
  });
});

const saving = `<Question id="q-saving">
How much is saved in a month?

<Hint>
Start from the **daily** saving.
</Hint>

<NumericAnswer value="2055" tolerance="0.01" unit="USD" />

Twice the requests, twice the saving.
</Question>`;

const steps = `<Question id="q-steps">
Put the steps in order.

<Ordering>

1. Can prompting solve it?
2. Is it *style*?
3. Is knowledge missing?

</Ordering>

<Hint>
Cheapest first.
</Hint>

<Hint>
Knowledge comes last.
</Hint>

Prompting first, because it is cheapest.
</Question>`;

describe('numeric and ordering questions, and hints', () => {
  it('reads a numeric question: the number, its tolerance and unit, a hint in Markdown, then the explanation', () => {
    const [q] = parseQuizBody(saving).questions;
    expect(q).toEqual({
      kind: 'numeric',
      id: 'q-saving',
      prompt: { html: 'How much is saved in a month?', text: 'How much is saved in a month?' },
      context: undefined,
      value: 2055,
      tolerance: 0.01,
      unit: 'USD',
      hints: [{ html: '<p>Start from the <strong>daily</strong> saving.</p>', text: 'Start from the daily saving.' }],
      explanation: { html: '<p>Twice the requests, twice the saving.</p>', text: 'Twice the requests, twice the saving.' },
    });
  });

  it('takes a numeric answer from the cost model by name, with no tolerance meaning the exact value', () => {
    const [q] = parseQuizBody(saving.replace('value="2055" tolerance="0.01" unit="USD"', 'figure="monthly-saving-20k"')).questions;
    expect(q).toMatchObject({ kind: 'numeric', value: 2055, tolerance: 0 });
    expect(q).not.toHaveProperty('unit', expect.anything());
  });

  it('reads an ordering question: its numbered list in the right order, with Markdown in the items, and each hint', () => {
    const [q] = parseQuizBody(steps).questions;
    expect(q).toMatchObject({
      kind: 'ordering',
      items: [{ text: 'Can prompting solve it?' }, { html: 'Is it <em>style</em>?' }, { text: 'Is knowledge missing?' }],
      hints: [{ text: 'Cheapest first.' }, { text: 'Knowledge comes last.' }],
      explanation: { text: 'Prompting first, because it is cheapest.' },
    });
  });

  it('takes hints in any kind of question, wherever they stand in it', () => {
    const withHint = format.replace('- [ ] RAG', '<Hint>\nThink of the shape.\n</Hint>\n\n- [ ] RAG');
    const [q] = parseQuizBody(withHint).questions;
    expect(q).toMatchObject({ kind: 'single', hints: [{ text: 'Think of the shape.' }], prompt: { text: 'Which approach fixes a format problem?' } });
    expect(q!.kind === 'single' && q!.choices).toHaveLength(2);
  });

  it.each([
    {
      rule: 'a numeric answer with no value',
      body: saving.replace('value="2055" ', ''),
      says: 'question 1 ("q-saving"): <NumericAnswer> has no "value"',
    },
    {
      rule: 'a numeric answer that is not a number',
      body: saving.replace('value="2055"', 'value="about 2000"'),
      says: 'question 1 ("q-saving"): <NumericAnswer> "value" must be a number, e.g. value="2055"',
    },
    {
      rule: 'a negative tolerance',
      body: saving.replace('tolerance="0.01"', 'tolerance="-1"'),
      says: 'question 1 ("q-saving"): <NumericAnswer> "tolerance" cannot be negative',
    },
    {
      rule: 'a tolerance that is not a number',
      body: saving.replace('tolerance="0.01"', 'tolerance="a cent"'),
      says: 'question 1 ("q-saving"): <NumericAnswer> "tolerance" must be a number, e.g. tolerance="0.01"',
    },
    {
      rule: 'a unit that is not text',
      body: saving.replace('unit="USD"', 'unit={5}'),
      says: 'question 1 ("q-saving"): <NumericAnswer> "unit" must be text',
    },
    { rule: 'an empty unit', body: saving.replace('unit="USD"', 'unit=" "'), says: 'question 1 ("q-saving"): "unit" is empty' },
    {
      rule: 'both a value and a figure',
      body: saving.replace('unit="USD"', 'figure="monthly-saving-20k"'),
      says: '<NumericAnswer> has both "value" and "figure": keep one',
    },
    {
      rule: 'an unknown figure',
      body: saving.replace('value="2055"', 'figure="monthly-savings"'),
      says: '<NumericAnswer> "figure": there is no number "monthly-savings" (known numbers: "monthly-saving-20k")',
    },
    { rule: 'a misspelt attribute', body: saving.replace('unit=', 'units='), says: '<NumericAnswer> has no attribute "units"' },
    {
      rule: 'a numeric question without an explanation',
      body: saving.replace('\nTwice the requests, twice the saving.', ''),
      says: 'has no explanation: after the <NumericAnswer>',
    },
    {
      rule: 'a numeric answer and choices',
      body: saving.replace('\nTwice', '\n- [x] Yes\n- [ ] No\n\nTwice'),
      says: 'has choices and a <NumericAnswer>: a question is of one kind',
    },
    {
      rule: 'a numeric answer and a model answer',
      body: saving.replace('\nTwice', '\n<ModelAnswer>\n$2,055.00\n</ModelAnswer>\n\nTwice'),
      says: 'has a <NumericAnswer> and a <ModelAnswer>',
    },
    {
      rule: 'an ordering with one item',
      body: steps.replace(/2\. .*\n3\. .*\n/, ''),
      says: 'question 1 ("q-steps"): has an <Ordering> with fewer than 2 items',
    },
    {
      rule: 'an ordering with the same item twice',
      body: steps.replace('3. Is knowledge missing?', '3. Can prompting solve it?'),
      says: 'question 1 ("q-steps"), item 3: "Can prompting solve it?" is in <Ordering> twice',
    },
    {
      rule: 'an empty item',
      body: steps.replace('2. Is it *style*?', '2. <span></span>'),
      says: 'question 1 ("q-steps"), item 2: its item is empty',
    },
    {
      rule: 'an ordering that is not a numbered list',
      body: steps.replace(/1\. /g, '- ').replace(/[23]\. /g, '- '),
      says: 'has an <Ordering> that is not one numbered list',
    },
    { rule: 'an empty hint', body: steps.replace('Knowledge comes last.', ''), says: 'question 1 ("q-steps"), hint 2: its hint is empty' },
  ])('is refused for $rule, naming the lesson file, the quiz, the question and the field', ({ body, says }) => {
    const message = messageFor(body);
    expect(message).toContain('content/lessons/x.mdx: quiz "quiz"');
    expect(message).toContain(says);
  });

  it.each([
    {
      where: 'a quote',
      body: '<Question id="q-x">\nWhy?\n\n> <Hint>\n> x\n> </Hint>\n\n<ModelAnswer>\nBecause.\n</ModelAnswer>\n</Question>',
      line: 6,
    },
    { where: 'a list', body: '<Question id="q-x">\nWhy?\n\n- item\n\n  <Hint>\n  x\n  </Hint>\n</Question>', line: 8 },
  ])('refuses a hint inside $where, naming the file and its line, before anything renders', ({ body, line }) => {
    expect(() => readQuiz(body)).toThrow(`content/lessons/x.mdx:${line}: <Hint> must stand directly inside a <Question>`);
  });
});

describe('what a question may hold', () => {
  it('keeps an HTML tag as written and a figure as its value, and refuses another component, naming it', () => {
    const [q] = parseQuizBody(`<Question id="q-keys">
Press <kbd>Ctrl</kbd> and save <Figure name="monthly-saving" />?

<ModelAnswer>
Yes.
</ModelAnswer>
</Question>`).questions;
    expect(q!.prompt.html).toBe('Press <kbd>Ctrl</kbd> and save [monthly-saving]?');
    expect(() => parseQuizBody('<Question id="q-x">\nWhy <Calculator />?\n\n<ModelAnswer>\nx\n</ModelAnswer>\n</Question>')).toThrow(
      'has <Calculator>: a question holds Markdown, HTML tags and <Figure> only',
    );
  });
});

describe('the quiz examples in the READMEs', () => {
  it('are valid quizzes, one of each kind at least', async () => {
    const kinds = new Set<string>();
    for (const file of ['README.md', 'src/components/quiz/README.md']) {
      const text = await readFile(new URL(`../../${file}`, import.meta.url), 'utf8');
      for (const [, , body] of text.matchAll(/^(`{3,4})mdx\n([\s\S]*?)\n\1$/gm)) {
        if (!body!.includes('<Question')) continue;
        for (const q of parseQuizBody(body!.replace(/<\/?Quiz\b[^>]*>/g, '')).questions) {
          kinds.add((q.kind === 'single' || q.kind === 'multiple') && q.modelAnswer ? 'exercise' : q.kind);
        }
      }
    }
    expect([...kinds].sort()).toEqual(['exercise', 'multiple', 'numeric', 'open', 'ordering', 'single']);
  });
});

describe('plain', () => {
  it.each([
    { text: 'The firm’s “problem”', is: `The firm's "problem"` },
    { text: '  two\n lines  ', is: 'two lines' },
  ])('reads $text as $is, so smart punctuation cannot change a question’s fingerprint', ({ text, is }) => {
    expect(plain(text)).toBe(is);
  });
});
