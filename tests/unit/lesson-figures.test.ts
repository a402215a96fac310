import { describe, expect, it } from 'vitest';
import { lessonFigure, LESSON_FIGURES, LESSON_NUMBERS } from '../../src/build/lesson-figures';

describe('the figures a lesson quotes by name', () => {
  it.each([
    ['daily-requests', '10,000'],
    ['large-tokens-per-request', '700'],
    ['large-daily', '$35.00'],
    ['fine-tuned-daily', '$0.75'],
    ['monthly-saving', '$1,027.50'],
    ['days-per-month', '30'],
    ['daily-requests-20k', '20,000'],
    ['monthly-saving-20k', '$2,055.00'],
    ['training-tokens', '250,000'],
    ['training-billed-tokens', '750,000'],
    ['training-cost-one-epoch', '$0.75'],
    ['training-cost', '$2.25'],
    ['lora-per-matrix', '65,536'],
    ['lora-full-matrix', '16,777,216'],
    ['lora-trainable', '4,194,304'],
    ['lora-share', '0.06%'],
    ['lora-adapter-size', '8.4 MB'],
    ['lora-base-billions', '6.7'],
    ['base-size-16bit', '13.4 GB'],
    ['base-size-4bit', '3.4 GB'],
    ['full-fine-tune-memory', '107 GB'],
  ])('gives %s as the cost or LoRA model computes it: %s', (name, value) => {
    expect(lessonFigure(name, 'content/lessons/x.mdx')).toBe(value);
  });

  it('fails on an unknown name with the lesson file and every name there is', () => {
    expect(() => lessonFigure('monthly-savings', 'content/lessons/x.mdx')).toThrow(
      /^content\/lessons\/x\.mdx: <Figure name="monthly-savings" \/>: there is no figure "monthly-savings" \(known figures: "daily-requests", /,
    );
    expect(Object.keys(LESSON_FIGURES)).toContain('monthly-saving');
  });

  it('gives a quiz the saving at 20,000 requests a day as a number, the same the text quotes', () => {
    expect(LESSON_NUMBERS['monthly-saving-20k']).toBe(2055);
    expect(LESSON_FIGURES['monthly-saving-20k']).toBe('$2,055.00');
  });
});
