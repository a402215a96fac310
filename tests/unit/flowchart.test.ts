import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  back,
  choose,
  decodeAnswers,
  encodeAnswers,
  pathKeys,
  readAnswers,
  reopen,
  resolveFlowchart,
  restart,
  searchWithAnswers,
  walk,
  type FlowchartData,
} from '../../src/lib/flowchart';

// The real lesson data, so these tests also pin the framework the seed states.
const chart = JSON.parse(readFileSync(new URL('../../content/flowcharts/which-approach.json', import.meta.url), 'utf8')) as FlowchartData;

const outcomeOf = (answers: string[]) => {
  const at = walk(chart, answers);
  return at.current.kind === 'outcome' ? at.current.outcome.title : `question: ${at.current.question.text}`;
};

describe('walking the which-approach flowchart', () => {
  it('starts at "Can prompting solve it?" with no steps', () => {
    const at = walk(chart, []);
    expect(at.steps).toEqual([]);
    expect(at.current.kind === 'question' && at.current.question.text).toBe('Can prompting solve it?');
  });

  it.each([
    [['yes'], 'Use prompting'],
    [['no', 'yes'], 'Fine-tune'],
    [['no', 'no', 'yes'], 'Use RAG (retrieval-augmented generation)'],
    [['no', 'no', 'no'], 'Prompt engineer harder'],
  ])('answers %j lead to the seed framework outcome "%s"', (answers, title) => {
    expect(outcomeOf(answers)).toBe(title);
  });

  it('asks the seed questions in order on the way to the last outcome', () => {
    const at = walk(chart, ['no', 'no', 'no']);
    expect(at.steps.map((s) => `${s.question.text} ${s.answer.label}`)).toEqual([
      'Can prompting solve it? No',
      'Is it a style, format or persona problem? No',
      'Do you need domain knowledge the model does not have? No',
    ]);
  });

  it('links every outcome to its own section of the lesson', () => {
    expect(chart.outcomes.map((o) => [o.id, o.section])).toEqual([
      ['use-prompting', 'decide-prompting'],
      ['fine-tune', 'decide-fine-tune'],
      ['use-rag', 'decide-rag'],
      ['prompt-harder', 'decide-prompt-harder'],
    ]);
  });

  it('keeps the longest valid prefix of answers that do not fit', () => {
    expect(walk(chart, ['no', 'maybe', 'yes']).answers).toEqual(['no']);
    expect(walk(chart, ['yes', 'no', 'no']).answers).toEqual(['yes']);
  });
});

describe('moving through the answers', () => {
  it('adds an answer offered at the current question', () => {
    expect(choose(chart, ['no'], 'yes')).toEqual(['no', 'yes']);
  });

  it('ignores an answer the current question does not offer, and any answer once an outcome is reached', () => {
    expect(choose(chart, ['no'], 'perhaps')).toEqual(['no']);
    expect(choose(chart, ['yes'], 'no')).toEqual(['yes']);
  });

  it('goes back one step, and stays at the start when already there', () => {
    expect(back(['no', 'no'])).toEqual(['no']);
    expect(back([])).toEqual([]);
  });

  it('starts over with no answers', () => {
    expect(restart()).toEqual([]);
  });

  it.each([
    [0, []],
    [1, ['no']],
    [2, ['no', 'no']],
    [9, ['no', 'no', 'yes']],
    [-3, []],
  ])('reopening step %i keeps only the answers before it', (index, expected) => {
    expect(reopen(['no', 'no', 'yes'], index)).toEqual(expected);
  });

  it('lists the path keys from the start to the current position', () => {
    expect(pathKeys([])).toEqual(['']);
    expect(pathKeys(['no', 'yes'])).toEqual(['', 'no', 'no.yes']);
  });
});

describe('the answers in the URL', () => {
  it('round-trips answers through their encoding', () => {
    const answers = ['no', 'no', 'yes'];
    expect(encodeAnswers(answers)).toBe('no.no.yes');
    expect(decodeAnswers(chart, encodeAnswers(answers))).toEqual(answers);
  });

  it.each([
    ['missing', null],
    ['empty', ''],
    ['unknown answers', 'maybe.perhaps'],
    ['markup', '<img src=x onerror=alert(1)>'],
    ['a separator only', '.'],
    ['a huge value', 'no.'.repeat(1000)],
  ])('falls back to the start for a %s value', (_, raw) => {
    expect(decodeAnswers(chart, raw)).toEqual([]);
  });

  it.each([
    ['truncated to a question', 'no.no', ['no', 'no']],
    ['with extra answers after an outcome', 'no.yes.no.yes', ['no', 'yes']],
    ['with a tampered tail', 'no.no.<b>', ['no', 'no']],
    ['with an outdated answer id in the middle', 'no.sometimes.yes', ['no']],
  ])('keeps the valid prefix of a state %s', (_, raw, expected) => {
    expect(decodeAnswers(chart, raw)).toEqual(expected);
  });

  it('reads its own parameter and leaves the others alone', () => {
    expect(readAnswers(chart, '?x=1&approach=no.yes', 'approach')).toEqual(['no', 'yes']);
    expect(searchWithAnswers('?x=1&approach=no', 'approach', ['no', 'no'])).toBe('?x=1&approach=no.no');
  });

  it('drops the parameter at the start, and the "?" with it when nothing else is left', () => {
    expect(searchWithAnswers('?approach=no', 'approach', [])).toBe('');
    expect(searchWithAnswers('?x=1&approach=no', 'approach', [])).toBe('?x=1');
  });
});

describe('resolving outcome links', () => {
  const headings = chart.outcomes.map((o) => ({ slug: o.section, text: `Section ${o.id}` }));

  it('links to a bare #section on the lesson page itself, so the answers in the query string survive', () => {
    const resolved = resolveFlowchart('which-approach', chart, { lessonHref: '/fine-tuning/x/', onSamePage: true, headings });
    expect(resolved.outcomes[0]).toMatchObject({ href: '#decide-prompting', sectionTitle: 'Section use-prompting' });
    expect(resolved.param).toBe('approach');
  });

  it('links to the lesson path plus #section from another page, and uses the id as the parameter by default', () => {
    const { param: _, ...noParam } = chart;
    const resolved = resolveFlowchart('which-approach', noParam, { lessonHref: '/course/fine-tuning/x/', onSamePage: false, headings });
    expect(resolved.outcomes[2]?.href).toBe('/course/fine-tuning/x/#decide-rag');
    expect(resolved.param).toBe('which-approach');
  });
});
