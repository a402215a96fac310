// Reads what a learner typed into a number field, and when it is not a number says what exactly is wrong with it.
// One reader for every number a learner types: the calculator's and the LoRA widget's fields and the quizzes' answers.

/** What a field holds: a whole count, a price in US dollars, or a plain decimal number such as 6.7 (billions). */
export type NumberKind = 'count' | 'price' | 'decimal';

const EXAMPLES: Record<NumberKind, string> = { count: '200', price: '0.30', decimal: '6.7' };

/** The outcome of reading one field's text: a number, or a message naming the problem. */
export type TextResult = { ok: true; value: number } | { ok: false; error: string };

const MAX_LENGTH = 40;
// Thousands commas in proper groups ("10,000"); a first group of 0 ("0,30") is a decimal comma, never 30.
const GROUPED = /^[1-9]\d{0,2}(?:,\d{3})+$/;
const fail = (error: string): TextResult => ({ ok: false, error });

// Text with only digits, points and commas, and at least one digit: its value, or what is wrong with its separators.
function readDigits(body: string, kind: NumberKind, example: string): TextResult {
  const parts = body.split('.');
  if (parts.length > 2) return fail(`Use one decimal point at most, for example ${example}.`);
  const [whole = '', fraction = ''] = parts;
  if (fraction.includes(',') && !whole.includes(','))
    return fail(`Use a point for decimals, and no other separator: ${whole}${fraction.replace(',', '.')}.`);
  if (fraction.includes(',') || (whole.includes(',') && !GROUPED.test(whole))) {
    const single = whole.split(',').length === 2 && parts.length === 1;
    if (single && kind !== 'count') return fail(`Use a point for decimals: ${whole.replace(',', '.')}.`);
    if (single) return fail('Use a whole number: a comma goes only between groups of three digits, as in 10,000.');
    return fail('Put commas only between groups of three digits, as in 10,000, or leave them out.');
  }
  return { ok: true, value: Number(`${whole.replace(/,/g, '') || '0'}.${fraction || '0'}`) };
}

/**
 * Reads a field's text ("10,000", "$0.30", "0.30$", "-5", with `unit` "2055 USD") as a number; every rejection names
 * what is wrong and what the field takes, with `example` as the number to copy. A price may carry a dollar sign and
 * any field its `unit`, each before or after the number.
 */
export function readNumberText(raw: string, kind: NumberKind, example = EXAMPLES[kind], unit?: string): TextResult {
  let text = raw.trim();
  if (text === '') return fail(`This field is empty: enter a number, for example ${example}.`);
  if (text.length > MAX_LENGTH) return fail(`That is too long for a number (over ${MAX_LENGTH} characters): enter one, for example ${example}.`);
  const word = unit?.toLowerCase();
  const lower = text.toLowerCase();
  if (word && lower.endsWith(word)) text = text.slice(0, -word.length);
  else if (word && lower.startsWith(word)) text = text.slice(word.length);
  // Minus signs (or the typographic one) and a dollar sign before the digits, a dollar sign after them, spaces between.
  const [, lead = '', body = '', trail = ''] = /^([-−$\s]*)(.*?)([$\s]*)$/s.exec(text)!;
  const signs = lead + trail;
  if (signs.includes('$') && kind !== 'price')
    return fail(
      `Leave out the dollar sign: ${unit ? `this number is in ${unit}, not dollars` : `this field is ${kind === 'count' ? 'a count' : 'a number'}, not a price`}.`,
    );
  if (/\$.*\$/.test(signs)) return fail(`Use one dollar sign at most, before or after the number: $${example} or ${example}$.`);
  if (/[-−].*[-−]/.test(signs)) return fail('Use one minus sign at most, for example -5.');
  if (/^\d*\.?\d+e[-+]?\d+$/i.test(body)) return fail('Write the number out in full, without “e”: for example 1000000, not 1e6.');
  if (/[a-z]/i.test(body)) return fail(`Use digits, not letters: for example ${example}.`);
  if (/\s/.test(body)) return fail('Enter one number, without spaces: for example 10000.');
  const odd = [...new Set(body.replace(/[\d.,]/g, ''))];
  if (odd.length > 0) {
    const removed = odd
      .slice(0, 3)
      .map((c) => `“${c}”`)
      .join(', ');
    // Exactly what the field takes: "digits and a decimal point, with a dollar sign or “USD” before or after it".
    const marks = [kind === 'price' && 'a dollar sign', unit && `“${unit}”`].filter(Boolean).join(' or ');
    const taken = `digits${kind === 'count' ? '' : ' and a decimal point'}${marks && `, with ${marks} before or after it`}`;
    return fail(`Remove ${removed}: a number here has only ${taken}, for example ${example}.`);
  }
  if (!/\d/.test(body)) return fail(`Add digits: for example ${example}.`);
  const result = readDigits(body, kind, example);
  return result.ok && /[-−]/.test(signs) ? { ok: true, value: -result.value } : result;
}
