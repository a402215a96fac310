import { z } from 'astro/zod';
import { fieldErrors, type Messages } from './errors.ts';

// The builders of the build-time schemas (lessons, chapters, flowcharts, quizzes); their messages come from errors.ts.

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Required text, trimmed: missing, not text and empty each get a message naming the field, with the hint. */
export const text = (field: string, hint: string, own?: Messages) =>
  z.string({ error: fieldErrors(field, hint, own) }).check(z.trim(), z.minLength(1));

/** A lowercase-and-hyphens id such as a URL segment; `example` shows one in both the hint and the message. */
export const slug = (field: string, example: string, hint = `a short id such as "${example}"`) =>
  text(field, hint, { invalid_format: `"${field}" may use only lowercase letters, digits and single hyphens, e.g. "${example}"` }).regex(SLUG);

/** A whole number from 1 up: a chapter or lesson number. */
export const positiveInteger = (field: string, hint: string) => z.number({ error: fieldErrors(field, hint) }).check(z.int(), z.gte(1));

/** A list of `item`s: "is missing: a list of `of`", or "must be a list of `of`". */
export const list = <T extends z.ZodType>(field: string, item: T, of: string) =>
  z.array(item, { error: fieldErrors(field, `a list of ${of}`, { invalid_type: `"${field}" must be a list of ${of}` }) });

/** An object that refuses unknown (misspelt) fields; `field` names it when the value is no object at all. */
export const strict = <T extends z.ZodRawShape>(field: string, shape: T) => z.strictObject(shape, { error: fieldErrors(field) });
