import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/integrations/csp-headers';

const meta = (policy: string) => `<meta http-equiv="Content-Security-Policy" content="${policy}">`;

describe('the policy a built page sets', () => {
  it.each([
    ['in its head', `<html><head>${meta("default-src 'self'")}</head><body></body></html>`, "default-src 'self'"],
    ['only in its body, where browsers ignore it', `<html><head></head><body>${meta("default-src 'self'")}</body></html>`, undefined],
    ['nowhere', '<html><head><title>x</title></head><body></body></html>', undefined],
    ['first, when the head has two', `<head>${meta('a')}${meta('b')}</head>`, 'a'],
  ])('is read from a <meta> %s', (_where, html, expected) => {
    expect(metaPolicy(html)).toBe(expected);
  });
});
