import { describe, expect, it } from 'vitest';
import { decodeIslandProps, liveQuestionFrom } from '../../src/lib/island-props';

// As Astro writes it into a quiz island's props attribute (copied from a built lesson page).
const ATTRIBUTE =
  '{"lesson":[0,"/fine-tuning/dataset-preparation/"],"quizId":[0,"quiz"],"numberLabel":[0,"Question"],"questions":[1,[[0,{"kind":[0,"open"],"id":[0,"q-jsonl-line"],"sig":[0,"17qdgk3"]}],[0,{"kind":[0,"single"],"id":[0,"q-validation-loss"],"sig":[0,"1jgcnr"],"right":[1,[[0,true],[0,false],[0,false]]]}]]]}';

describe('island props', () => {
  it('reads a quiz island’s props as the island gets them', () => {
    expect(decodeIslandProps(ATTRIBUTE)).toEqual({
      lesson: '/fine-tuning/dataset-preparation/',
      quizId: 'quiz',
      numberLabel: 'Question',
      questions: [
        { kind: 'open', id: 'q-jsonl-line', sig: '17qdgk3' },
        { kind: 'single', id: 'q-validation-loss', sig: '1jgcnr', right: [true, false, false] },
      ],
    });
  });

  it.each([
    { what: 'no attribute', attribute: null },
    { what: 'text that is not JSON', attribute: '{"lesson":' },
    { what: 'a value that is not encoded', attribute: '{"lesson":"/a/"}' },
    { what: 'a type it does not read', attribute: '{"when":[3,"2026-01-01"]}' },
    { what: 'a list', attribute: '[1]' },
  ])('gives up on $what', ({ attribute }) => {
    expect(decodeIslandProps(attribute)).toBeUndefined();
  });

  it.each([
    { what: 'a choice question', v: { kind: 'multiple', id: 'q', sig: 's', right: [true, true] }, ok: true },
    { what: 'an open question', v: { kind: 'open', id: 'q', sig: 's' }, ok: true },
    { what: 'an unknown kind', v: { kind: 'essay', id: 'q', sig: 's' }, ok: false },
    { what: 'a choice question with no choices', v: { kind: 'single', id: 'q', sig: 's', right: [] }, ok: false },
    { what: 'an id with markup', v: { kind: 'open', id: '<b>', sig: 's' }, ok: false },
    { what: 'right answers that are not true or false', v: { kind: 'single', id: 'q', sig: 's', right: ['yes'] }, ok: false },
    { what: 'a numeric question', v: { kind: 'numeric', id: 'q', sig: 's', value: 2055, tolerance: 0.5, unit: 'USD' }, ok: true },
    { what: 'a numeric question without a unit', v: { kind: 'numeric', id: 'q', sig: 's', value: -3, tolerance: 0 }, ok: true },
    { what: 'a numeric question with a negative tolerance', v: { kind: 'numeric', id: 'q', sig: 's', value: 1, tolerance: -1 }, ok: false },
    { what: 'a numeric question whose answer is text', v: { kind: 'numeric', id: 'q', sig: 's', value: '2055', tolerance: 0 }, ok: false },
    { what: 'an ordering question', v: { kind: 'ordering', id: 'q', sig: 's', start: [2, 0, 1] }, ok: true },
    { what: 'an ordering with one item', v: { kind: 'ordering', id: 'q', sig: 's', start: [0] }, ok: false },
    { what: 'an ordering that repeats an item', v: { kind: 'ordering', id: 'q', sig: 's', start: [1, 1, 0] }, ok: false },
    { what: 'an ordering with an item out of range', v: { kind: 'ordering', id: 'q', sig: 's', start: [0, 5] }, ok: false },
    { what: 'a question with two hints', v: { kind: 'open', id: 'q', sig: 's', hints: 2 }, ok: true },
    { what: 'a question with a negative hint count', v: { kind: 'open', id: 'q', sig: 's', hints: -1 }, ok: false },
  ])('accepts $what as a question: $ok', ({ v, ok }) => {
    expect(liveQuestionFrom(v) !== undefined).toBe(ok);
  });

  it('keeps what each kind needs and nothing else', () => {
    expect(liveQuestionFrom({ kind: 'numeric', id: 'q', sig: 's', value: 2055, tolerance: 0, unit: 'USD', extra: '<b>' })).toEqual({
      kind: 'numeric',
      id: 'q',
      sig: 's',
      value: 2055,
      tolerance: 0,
      unit: 'USD',
    });
    expect(liveQuestionFrom({ kind: 'ordering', id: 'q', sig: 's', start: [1, 0], hints: 1 })).toEqual({
      kind: 'ordering',
      id: 'q',
      sig: 's',
      hints: 1,
      start: [1, 0],
    });
  });
});
