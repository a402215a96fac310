import type { $ZodErrorMap, $ZodRawIssue } from 'zod/v4/core';

// Types only: the calculator's zod/mini schemas bring this module to the browser, so it must not load a zod build.
// Every schema hands its field's map to the zod type itself; zod asks that map for the type's checks too, so one
// map per field covers missing, wrong kind, empty and out of range, and a rule with its own message keeps it.

type Issue = $ZodRawIssue;

/** Messages by zod issue code: a text, or one made from the issue (undefined leaves the issue to the next map). */
export type Messages = { [C in Issue['code']]?: string | ((issue: Extract<Issue, { code: C }>) => string | undefined) };

/** The one error map of every schema: an issue gets the message its table gives for the issue's code. */
export function errorMap(messages: Messages): $ZodErrorMap {
  return (issue) => {
    const says = messages[issue.code] as string | ((issue: Issue) => string | undefined) | undefined;
    return typeof says === 'function' ? says(issue) : says;
  };
}

const KINDS: Record<string, string> = { string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', object: 'an object' };

/** The map of one field of an author's file: each message names the field and ends with the hint of what to write. */
export function fieldErrors(field: string, hint?: string, own: Messages = {}): $ZodErrorMap {
  const tail = hint === undefined ? '' : `: ${hint}`;
  // `own` replaces a code's message; "is empty" fits a text or a list that needs one item, a list that needs more says so.
  const map = errorMap({
    invalid_type: (i) => `"${field}" must be ${KINDS[i.expected] ?? i.expected}${tail}`,
    too_small: (i) => (typeof i.input === 'number' ? `"${field}" must be ${i.minimum} or more${tail}` : `"${field}" is empty${tail}`),
    too_big: (i) => `"${field}" must be ${i.origin === 'string' ? `at most ${i.maximum} characters` : `${i.maximum} or less`}${tail}`,
    unrecognized_keys: (i) => `unknown field(s) ${i.keys.map((k) => `"${k}"`).join(', ')}: check the spelling`,
    ...own,
  });
  return (issue) =>
    (issue.code === 'invalid_type' || issue.code === 'invalid_union') && issue.input === undefined ? `"${field}" is missing${tail}` : map(issue);
}
