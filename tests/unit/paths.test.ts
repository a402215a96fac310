import { describe, expect, it } from 'vitest';
import { lessonPath, normaliseBase, withBase } from '../../src/lib/paths';

describe('normaliseBase', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['course', '/course/'],
    ['/course', '/course/'],
    ['/course/', '/course/'],
    [' /a/b// ', '/a/b/'],
  ])('turns BASE_PATH %j into %j', (raw, expected) => {
    expect(normaliseBase(raw)).toBe(expected);
  });
});

describe('withBase', () => {
  it.each([
    ['/', '/fine-tuning/x/', '/fine-tuning/x/'],
    ['/course/', '/fine-tuning/x/#y', '/course/fine-tuning/x/#y'],
    ['/course/', '/', '/course/'],
    ['/course/', '/course/fine-tuning/x/', '/course/fine-tuning/x/'],
    ['/course/', 'https://example.com/a', 'https://example.com/a'],
    ['/course/', '#section', '#section'],
    ['/course/', '//cdn.example.com/x.js', '//cdn.example.com/x.js'],
    ['/course/', 'relative/path/', 'relative/path/'],
  ])('under base %j maps %j to %j', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('lessonPath', () => {
  it('puts the lesson under its chapter with a trailing slash', () => {
    expect(lessonPath('fine-tuning', 'dataset-preparation')).toBe('/fine-tuning/dataset-preparation/');
  });
});
