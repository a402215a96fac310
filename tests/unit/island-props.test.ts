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
  ])('accepts $what as a question: $ok', ({ v, ok }) => {
    expect(liveQuestionFrom(v) !== undefined).toBe(ok);
  });
});
