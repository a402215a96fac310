/** Course-wide text: the title in the header and on the home page, the home page's introduction, and the footer's. */
export const SITE = {
  title: 'Working with Large Language Models',
  shortTitle: 'LLM Course',
  description:
    'A hands-on course on building with large language models: prompting, retrieval and fine-tuning, with small interactive widgets to think with.',
  intro:
    'Short lessons you can read on a phone, each with a widget or two to try an idea for yourself: step through a decision, change a number and watch the cost move, check your own answers. Start anywhere; every lesson links to the next.',
  // No licence has been granted yet, and without one the law's default holds: the authors keep every right. The
  // footer says that plainly; choosing an open licence is the team's decision (then write it here).
  /** The footer's sentence about reuse: the licence, once the course has one. */
  licence: '© 2026 the authors of this course. All rights reserved: no licence to reuse it has been granted yet.',
  /**
   * Where learners report an error: a mailto: address (the footer adds the page as its subject) or an issue-tracker URL.
   * The repository names none yet; until it is set the footer has no report link and the build warns.
   */
  reportErrors: undefined as string | undefined,
} as const;
