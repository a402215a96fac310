import { describe, expect, it } from 'vitest';
import { hasProgress, isSafari } from '../../src/lib/keep-progress';
import { emptyProgress, withLesson, withQuestionState } from '../../src/lib/progress-format';
import { emptyState } from '../../src/lib/quiz-model';

const A = '/fine-tuning/when-to-fine-tune-vs-prompt/';

describe('which browsers get the seven-day warning', () => {
  it.each([
    {
      ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
      safari: true,
    },
    { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', safari: true },
    { ua: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', safari: false },
    {
      ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0 Mobile/15E148 Safari/604.1',
      safari: false,
    },
    {
      ua: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) FxiOS/133.0 Mobile/15E148 Safari/605.1.15',
      safari: false,
    },
    { ua: 'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36', safari: false },
    { ua: 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', safari: false },
  ])('$ua: $safari', ({ ua, safari }) => {
    expect(isSafari(ua)).toBe(safari);
  });
});

describe('whether there is progress to lose', () => {
  it.each([
    { what: 'nothing saved', progress: emptyProgress(), lose: false },
    { what: 'a lesson only visited', progress: withLesson(emptyProgress(), A, (l) => ({ ...l, visited: '2026-12-01T10:00:00.000Z' })), lose: false },
    { what: 'an answer', progress: withQuestionState(emptyProgress(), A, 'q1', { ...emptyState('s'), text: 'Mine' }), lose: true },
    { what: 'a lesson marked done', progress: withLesson(emptyProgress(), A, (l) => ({ ...l, done: '2026-12-01T10:00:00.000Z' })), lose: true },
  ])('$what: $lose', ({ progress, lose }) => {
    expect(hasProgress(progress)).toBe(lose);
  });
});
