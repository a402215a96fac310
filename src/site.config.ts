/** Course-wide text: the title in the header and on the home page, the home page's introduction, and the footer's. */
export const SITE = {
  title: 'Working with Large Language Models',
  shortTitle: 'LLM Course',
  description:
    'A hands-on course on building with large language models: prompting, retrieval and fine-tuning, with small interactive widgets to think with.',
  intro:
    'Short lessons you can read on a phone, each with a widget or two to try an idea for yourself: step through a decision, change a number and watch the cost move, check your own answers. Start anywhere; every lesson links to the next.',
  // The same two licences as LICENSE (MIT) and LICENSE-CONTENT (CC BY 4.0) at the repository's root: change them together.
  /** The footer's sentence about reuse: who holds the copyright and the licences the course is under. */
  licence: '© 2026 The course authors. The lessons (text and figures) are under CC BY 4.0, the code under the MIT licence.',
  /** The content licence's name as the footer's sentence writes it, linked there to its canonical text. */
  contentLicence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /**
   * Where learners report an error: a mailto: address (the footer adds the page as its subject) or an issue-tracker URL.
   * The repository names none yet; until it is set the footer has no report link and the build warns.
   */
  reportErrors: undefined as string | undefined,
} as const;
