/**
 * Hostile inputs for anything that reads text from a learner, the URL or storage: widget fields, URL state
 * (query and hash), localStorage values. Every parser must survive each one: no exception escapes, the result is
 * either a valid value or a clear "invalid", and nothing is ever rendered as HTML.
 *
 * Plugging in a pure parser from src/lib (a vitest file in tests/unit/):
 *
 *   expect(checkProperty(HOSTILE_INPUTS, (text) => {
 *     const result = parseCalculatorUrl(text);          // must not throw
 *     return result.ok ? isValidState(result.value) : result.error.length > 0;
 *   })).toEqual([]);
 *
 * and for a parser of several fields, feed each field every hostile value in turn with hostileRecords(defaults).
 */

/** Marker that the XSS payloads below set; if it is ever defined, something was injected and ran. */
export const PWNED = '__pwned';

const numbers = [
  '',
  ' ',
  '0',
  '-0',
  '-1',
  '-999999999999',
  '1e308',
  '1e309',
  '-1e309',
  '5e-324',
  '0.1e-400',
  '9'.repeat(400),
  '9007199254740993',
  '-9007199254740993',
  'NaN',
  'nan',
  'Infinity',
  '-Infinity',
  'undefined',
  'null',
  'true',
  'false',
  '0x1F',
  '0b101',
  '0o17',
  '1_000',
  '1,000',
  '1.000,50',
  '3.14.15',
  '.5',
  '5.',
  '+5',
  '--5',
  '1/0',
  '١٢٣',
  '１２３',
  '$1,000',
  '€5',
  '50%',
  '1e3',
  '  42  ',
  '42abc',
  'abc42',
];

const markup = [
  `<script>window.${PWNED}=1</script>`,
  `"><img src=x onerror="window.${PWNED}=1">`,
  `'><svg onload=window.${PWNED}=1>`,
  `</script><script>window.${PWNED}=1</script>`,
  `javascript:window.${PWNED}=1`,
  `data:text/html,<script>window.${PWNED}=1</script>`,
  '<b data-pwned>bold</b>',
  `<a href="javascript:window.${PWNED}=1" data-pwned>link</a>`,
  `{{constructor.constructor('window.${PWNED}=1')()}}`,
  `\${window.${PWNED}=1}`,
  `" autofocus onfocus="window.${PWNED}=1`,
  '<style>*{display:none!important}</style>',
];

const objects = [
  '[]',
  '{}',
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const unicode = [
  '\u0000',
  'a\u0000b',
  '\u202Eevil',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  'a\uD83D',
  '👩‍👩‍👧‍👦',
  'Z̤̈́a̴̓l̸g̷o̶',
  'ﷺ',
  '𝟘𝟙𝟚',
  'İstanbul',
  'ß',
  '\r\n',
  '\t',
  '\u2028',
  'x'.repeat(10_000),
];

const encodings = [
  '%',
  '%E0%A4%A',
  '%zz',
  '%00',
  '%C0%AF',
  '%uD800',
  '%252e%252e',
  '..%2f..%2fetc%2fpasswd',
  '../../etc/passwd',
  'eyJhIjox',
  'eyJhIjoxfQ',
  'AAAA====',
  '{"a":',
  '[1,2',
  '"unterminated',
  'A'.repeat(5_000),
  '=?utf-8?B?',
  '#',
  '?',
  '&&&',
  'a=1&a=2',
  '//evil.example',
  '\\\\evil.example',
  'https://evil.example/',
  '/%2F%2Fevil.example',
];

const themes = ['light ', ' dark', 'DARK', 'Light', 'dark\u0000', 'dark;light', 'auto', 'system'];

/** The corpus: every hostile string, without duplicates. */
export const HOSTILE_INPUTS: readonly string[] = [...new Set([...numbers, ...markup, ...objects, ...unicode, ...encodings, ...themes])];

/**
 * The part of the corpus that can do harm once a value reaches a page rather than a parser: markup and script for every
 * context, prototype keys, numbers a widget would show (huge, negative, overflowing), text that breaks layout or
 * encoding, a long value, half an escape or JSON, and theme lookalikes. The browser fuzz (tests/e2e/fuzz.spec.ts) feeds
 * these to every page; the parsers get the whole corpus in unit tests.
 */
export const DOM_INPUTS: readonly string[] = [
  ...markup,
  '{"__proto__":{"polluted":1}}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  '__proto__',
  '-1',
  '1e309',
  '9'.repeat(400),
  'a\u0000b',
  '\u202Eevil',
  '\uD800',
  'x'.repeat(10_000),
  '%E0%A4%A',
  '{"a":',
  'DARK',
  'dark;light',
];

/** A short printable form of an input for failure messages (long or invisible strings stay readable). */
export function describeInput(input: string): string {
  const json = JSON.stringify(input);
  return json.length > 80 ? `${json.slice(0, 60)}…(${input.length} chars)` : json;
}

/** One input that broke a property, and how. */
export interface PropertyFailure {
  input: string;
  problem: string;
}

/**
 * Checks a property against every input: `property` returns true (or nothing) when the input is handled well,
 * a string or false when it is not, or throws. Returns every failure, so a test can expect `[]` and show them all.
 */
export function checkProperty(inputs: readonly string[], property: (input: string) => boolean | string | void): PropertyFailure[] {
  const failures: PropertyFailure[] = [];
  for (const input of inputs) {
    try {
      const verdict = property(input);
      if (verdict === false) failures.push({ input: describeInput(input), problem: 'property is false' });
      else if (typeof verdict === 'string') failures.push({ input: describeInput(input), problem: verdict });
    } catch (error) {
      failures.push({ input: describeInput(input), problem: `threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}` });
    }
  }
  return failures;
}

/** encodeURIComponent that never throws: lone surrogates become U+FFFD, as a browser would send them. */
export function safeEncode(input: string): string {
  return encodeURIComponent(input.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
}

/**
 * For a parser of several named fields: one record per (field, hostile value), every other field keeping its
 * default, so a failure points at the one field that broke it.
 */
export function hostileRecords<K extends string>(defaults: Record<K, string>): { field: K; record: Record<K, string> }[] {
  const fields = Object.keys(defaults) as K[];
  return fields.flatMap((field) => HOSTILE_INPUTS.map((value) => ({ field, record: { ...defaults, [field]: value } })));
}
