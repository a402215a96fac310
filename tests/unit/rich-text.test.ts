import { describe, expect, it } from 'vitest';
import { parseInline, plainText, toBlocks } from '../../src/build/rich-text';

describe('toBlocks', () => {
  it('splits a string into paragraphs at blank lines and joins wrapped lines', () => {
    expect(toBlocks('One\nline.\n\n  Two.  \n\n\n')).toEqual([
      { type: 'p', text: 'One line.' },
      { type: 'p', text: 'Two.' },
    ]);
  });

  it('keeps code blocks as written, trimming only blank lines around them', () => {
    expect(toBlocks(['Intro.', { code: '\n{"a": 1}\n  {"b": 2}\n\n', lang: 'jsonl' }])).toEqual([
      { type: 'p', text: 'Intro.' },
      { type: 'code', code: '{"a": 1}\n  {"b": 2}', lang: 'jsonl' },
    ]);
  });
});

describe('parseInline', () => {
  it.each([
    { text: 'plain', runs: [{ kind: 'text', text: 'plain' }] },
    {
      text: 'a `messages` array',
      runs: [
        { kind: 'text', text: 'a ' },
        { kind: 'code', text: 'messages' },
        { kind: 'text', text: ' array' },
      ],
    },
    {
      text: '**No:** *how*, not *what*',
      runs: [
        { kind: 'strong', text: 'No:' },
        { kind: 'text', text: ' ' },
        { kind: 'em', text: 'how' },
        { kind: 'text', text: ', not ' },
        { kind: 'em', text: 'what' },
      ],
    },
    { text: 'costs 5 * 3 and `unclosed', runs: [{ kind: 'text', text: 'costs 5 * 3 and `unclosed' }] },
    { text: '<script>alert(1)</script>', runs: [{ kind: 'text', text: '<script>alert(1)</script>' }] },
  ])('reads "$text" as runs of text, code, strong and em', ({ text, runs }) => {
    expect(parseInline(text)).toEqual(runs);
  });

  it('gives the plain text a reader sees', () => {
    expect(plainText('**Fine-tuning** with `JSON`')).toBe('Fine-tuning with JSON');
  });
});
