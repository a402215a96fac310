// The learner's flows, once for every engine: each opens its own page and says what a learner does and sees. Found by
// role, label and text; the few CSS selectors left name what a learner cannot point at (the print stylesheet, islands
// that have not started).
import {
  choose,
  click,
  fill,
  inspect,
  notShown,
  pageState,
  shown,
  showsText,
  StepFailed,
  until as poll,
  type EnginePage,
  type Query,
} from './driver.ts';

/** The site's server, as a flow may stop it (the network is gone) and start it again. */
export interface SiteServer {
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** One flow: a behaviour sentence and its steps. */
export interface Flow {
  name: string;
  run(page: EnginePage, server: SiteServer): Promise<void>;
  /** How long it may take in all (default 60 s). */
  timeout?: number;
}

const LESSON = '/fine-tuning/when-to-fine-tune-vs-prompt/';
const LESSONS = [
  LESSON,
  '/fine-tuning/dataset-preparation/',
  '/fine-tuning/parameter-efficient-fine-tuning-lora/',
  '/fine-tuning/running-a-fine-tuning-job/',
  '/fine-tuning/evaluating-a-fine-tuned-model/',
];
// No flow before the download opens it (the search for "holdout" may open 9.3), so only the download can have stored it.
const UNREAD_LESSON = '/fine-tuning/running-a-fine-tuning-job/';

/** Fails the step with `message` unless `condition` holds. */
function expect(condition: boolean, message: string): asserts condition {
  if (!condition) throw new StepFailed(message);
}

/** Waits until the element of `query` is scrolled into view and every island in it (or around it) has started. */
async function live(page: EnginePage, query: Query): Promise<void> {
  const started = async () => {
    const s = await inspect(page, query, true);
    return (
      s.visible &&
      (await page.evaluate((sel) => {
        const el = document.querySelector(sel);
        return !!el && !el.closest('astro-island[ssr]') && el.querySelectorAll('astro-island[ssr]').length === 0;
      }, s.selector))
    );
  };
  await poll(`${String(query.name)} has started`, started, (ok) => ok, 15_000);
}

/** Waits until the page's module scripts have run (the theme control and the search box are theirs). */
const scriptsRan = (page: EnginePage) =>
  pageState(
    page,
    'the page scripts have run',
    () => document.readyState === 'complete' && document.documentElement.classList.contains('js'),
    undefined,
    (ok) => ok,
  );

const region = (name: string): Query => ({ role: 'region', name });

/** The learner's flows, in the order they run: the download after every flow that reads a lesson it checks is not stored. */
export const FLOWS: Flow[] = [
  {
    name: 'a learner reads lesson 9.1: its title, its sections, the quiz heading and the link to 9.2',
    async run(page) {
      await page.goto(LESSON);
      await showsText(page, { role: 'heading', level: 1 }, '9.1 When to Fine-Tune vs Prompt');
      for (const section of [/^The decision framework/, /^Cost-benefit analysis/, /^Quick quiz/, /^Further reading/]) {
        await shown(page, { role: 'heading', level: 2, name: section });
      }
      await shown(page, { role: 'link', name: /Next lesson 9\.2 Dataset Preparation/ });
    },
  },
  {
    name: 'the flowchart walks a learner through its questions to an outcome, kept in the address',
    async run(page) {
      await page.goto(LESSON);
      const chart = region('Which approach should you use?');
      await live(page, chart);
      await showsText(page, { role: 'heading', level: 4, within: chart }, 'Can prompting solve it?');
      await click(page, { role: 'button', name: 'No', within: chart });
      await showsText(page, { role: 'heading', level: 4, within: chart }, 'Is it a style, format or persona problem?');
      await click(page, { role: 'button', name: 'Yes', within: chart });
      await showsText(page, { role: 'heading', level: 4, within: chart }, 'Fine-tune');
      await shown(page, { role: 'status', name: /Recommendation: Fine-tune\./, within: chart });
      const url = await page.url();
      expect(url.endsWith('?approach=no.yes'), `the address keeps the answers: ${url}`);
    },
  },
  {
    name: 'the cost calculator updates its figures as the learner types, and says what is wrong with bad input',
    async run(page) {
      await page.goto(LESSON);
      const calculator: Query = { role: 'form', name: 'Cost calculator inputs' };
      const daily: Query = { role: 'textbox', name: /^Daily requests/ };
      const dayRow: Query = { role: 'row', name: /^Input only, a day/ };
      await live(page, calculator);
      await showsText(page, dayRow, /\$35\.00 \$0\.75 \$34\.25/);
      await fill(page, daily, '20000');
      await showsText(page, dayRow, /\$70\.00 \$1\.50 \$68\.50/);
      await fill(page, daily, 'five');
      await shown(page, { text: /^Use digits, not letters/ });
      await shown(page, { text: /^Not current\. These are the figures for the last valid numbers: fix Daily requests to update them\.$/ });
      await showsText(page, dayRow, /\$70\.00 \$1\.50 \$68\.50/);
      const field = await inspect(page, daily);
      const invalid = await page.evaluate((sel) => document.querySelector(sel)?.getAttribute('aria-invalid'), field.selector);
      expect(invalid === 'true', `the field says it is invalid (aria-invalid=${invalid})`);
    },
  },
  {
    name: 'a quiz question answered wrong says why, and Try again then the right answer says Correct',
    async run(page) {
      await page.goto(LESSON);
      const quiz = region('Quick quiz');
      await live(page, quiz);
      const q1: Query = { role: 'group', name: /^Question 1\b/, within: quiz };
      await click(page, { role: 'radio', name: 'RAG', within: q1 });
      await click(page, { role: 'button', name: 'Check', within: q1 });
      await shown(page, { text: /Not quite\./, within: q1 });
      await showsText(page, { text: /^Score:/, within: quiz }, /^Score: 0 of \d+ right at the first try, 1 wrong/);
      await click(page, { role: 'button', name: 'Try again', within: q1 });
      await click(page, { role: 'radio', name: 'Fine-tuning', within: q1 });
      await click(page, { role: 'button', name: 'Check', within: q1 });
      await shown(page, { text: /Correct\./, within: q1 });
      await shown(page, { text: /Your score keeps your first try, which was wrong\./, within: q1 });
    },
  },
  {
    name: 'choosing the dark theme darkens the page, and it is still dark after a reload',
    async run(page) {
      await page.goto('/');
      await scriptsRan(page);
      const theme: Query = { role: 'combobox', name: 'Theme' };
      const dark = () => {
        const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/[\d.]+/g) ?? ['255', '255', '255']).map(Number);
        return { theme: document.documentElement.dataset['theme'], darkBackground: 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 80 };
      };
      await choose(page, theme, 'Dark theme');
      await pageState(page, 'the page turns dark', dark, undefined, (s) => s.theme === 'dark' && s.darkBackground);
      await page.reload();
      await pageState(page, 'the page is still dark after a reload', dark, undefined, (s) => s.theme === 'dark' && s.darkBackground);
      await scriptsRan(page);
      await reads(page, theme, 'Dark theme');
      await choose(page, theme, 'System theme');
    },
  },
  {
    name: 'typing in the header search lists matching lessons, and following one opens it at that section',
    async run(page) {
      await page.goto('/');
      await scriptsRan(page);
      await fill(page, { role: 'searchbox', name: 'Search the course' }, 'holdout');
      const results: Query = { role: 'list', name: 'Search results' };
      const first: Query = { role: 'link', within: results, name: /\S/ };
      const link = await shown(page, first, 20_000);
      const href = await page.evaluate((sel) => document.querySelector<HTMLAnchorElement>(sel)?.href ?? '', link.selector);
      expect(/\/fine-tuning\/[\w-]+\//.test(href), `the first result links to a lesson: ${href}`);
      await page.clickSelector(link.selector);
      await pageState(
        page,
        `the lesson ${href} opens`,
        (to) => location.href === to && document.readyState === 'complete',
        href,
        (ok) => ok,
      );
      await shown(page, { role: 'heading', level: 1 });
      const id = new URL(href).hash.slice(1);
      if (id) {
        await pageState(
          page,
          `the section #${id} is in view`,
          (target) => {
            const r = document.getElementById(target)?.getBoundingClientRect();
            return !!r && r.bottom > 0 && r.top < innerHeight;
          },
          id,
          (ok) => ok,
        );
      }
    },
  },
  {
    name: 'with "Print the quiz answers too" ticked, the print stylesheet shows every answer; unticked, it hides them',
    async run(page) {
      await page.goto(LESSON);
      // Neither driver emulates print media over WebDriver: the lesson's print stylesheet is applied to the screen instead.
      const printSheet = (on: boolean) =>
        page.evaluate(
          (media) => {
            const link = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"][data-engine-print], link[rel="stylesheet"][media="print"]');
            if (!link) return false;
            link.dataset['enginePrint'] = '';
            link.media = media;
            return true;
          },
          on ? 'all' : 'print',
        );
      const option: Query = { role: 'checkbox', name: 'Print the quiz answers too' };
      const modelAnswer: Query = { text: /It is when fine-tuning a model on one specific task makes it worse/ };
      await shown(page, option);
      await notShown(page, modelAnswer);
      expect(await printSheet(true), 'the lesson links a print stylesheet');
      await pageState(
        page,
        'the print stylesheet applies',
        () => [...document.styleSheets].some((s) => s.media.mediaText === 'all' && s.cssRules.length > 0),
        undefined,
        (ok) => ok,
      );
      await notShown(page, option);
      await notShown(page, modelAnswer);
      // WebKit lays the page out a little taller after the print sheet comes and goes, so the tick is on a fresh page,
      // opened anew: a reload would restore the unticked box, possibly after the click.
      await page.goto(`${LESSON}?print`);
      await click(page, option);
      await poll(
        'the option is ticked',
        () => inspect(page, option),
        (s) => s.checked,
      );
      await printSheet(true);
      await shown(page, modelAnswer);
      await shown(page, { text: /Formal legal English is a style: it is about how the model writes/ });
      await printSheet(false);
      await notShown(page, modelAnswer);
      const opened = await page.evaluate(() => document.querySelectorAll('details.quiz-answer[open]').length, undefined);
      expect(opened === 0, `nothing was opened on screen (${opened} answers open)`);
    },
  },
  {
    name: 'a learner downloads the course from the home page, and with the server gone a lesson never read opens',
    timeout: 90_000,
    async run(page, server) {
      await page.goto('/');
      await pageState(
        page,
        'the service worker controls the page',
        () => navigator.serviceWorker?.controller !== null && navigator.serviceWorker?.controller !== undefined,
        undefined,
        (ok) => ok,
        30_000,
      );
      const stored = () => page.evaluate(async (path) => (await caches.match(new URL(path, location.href).href)) !== undefined, UNREAD_LESSON);
      expect(!(await stored()), `${UNREAD_LESSON} is not stored before the download`);
      const control = region('Use this course offline');
      await click(page, { role: 'button', name: /^Download (the rest of )?the course, /, within: control }, 20_000);
      await showsText(page, { role: 'status', within: control }, /^Download complete/, 40_000);
      expect(await stored(), `${UNREAD_LESSON} is stored after the download`);
      await server.stop();
      try {
        await page.goto(UNREAD_LESSON);
        await showsText(page, { role: 'heading', level: 1 }, '9.4 Running a Fine-Tuning Job');
        await shown(page, { role: 'heading', level: 2, name: /^Quick quiz/ });
      } finally {
        await server.start();
      }
    },
  },
  {
    name: 'every lesson opens, and each of its widgets starts when the learner scrolls to it',
    async run(page) {
      for (const lesson of LESSONS) {
        await page.goto(lesson);
        await shown(page, { role: 'heading', level: 1 });
        // Islands start as they come into view (client:visible): each is brought into view in turn, as a scroll would.
        await pageState(
          page,
          `every widget of ${lesson} has started`,
          () => {
            const waiting = [...document.querySelectorAll('astro-island[ssr]')];
            // An island has no box of its own (display: contents): what it holds is what comes into view.
            waiting[0]?.firstElementChild?.scrollIntoView({ block: 'center', behavior: 'instant' });
            return waiting.length;
          },
          undefined,
          (left) => left === 0,
          20_000,
        );
        await notShown(page, { role: 'alert', name: /could not start/ }, 500);
      }
    },
  },
];

/** Waits until the <select> of `query` shows `option` as chosen. */
async function reads(page: EnginePage, query: Query, option: string): Promise<void> {
  const chosen = async () => {
    const s = await inspect(page, query);
    return page.evaluate((sel) => document.querySelector<HTMLSelectElement>(sel)?.selectedOptions[0]?.text ?? '', s.selector);
  };
  await poll(`the theme control reads "${option}"`, chosen, (text) => text === option);
}
