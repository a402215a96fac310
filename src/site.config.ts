/** Course-wide text: the title in the header and on the home page, and the home page's introduction. */
export const SITE = {
  title: 'Working with Large Language Models',
  shortTitle: 'LLM Course',
  description:
    'A hands-on course on building with large language models: prompting, retrieval and fine-tuning, with small interactive widgets to think with.',
  intro:
    'Short lessons you can read on a phone, each with a widget or two to try an idea for yourself: step through a decision, change a number and watch the cost move, check your own answers. Start anywhere; every lesson links to the next.',
} as const;
