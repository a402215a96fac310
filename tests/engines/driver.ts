// What the flows need of a browser, whatever drives it: Firefox through puppeteer-core (WebDriver BiDi), WebKit through
// WebdriverIO (WebKitWebDriver). Elements are found in the page by role and accessible name or by text, as a learner
// finds them, with one self-contained function (`inspectInPage`) that both drivers send into the page; clicks and typing
// then go through the driver's own input, so the engine sees real events.

/** A name or text to match: a string matches the whole text (spaces collapsed), a RegExp any part of it. */
export type Match = string | RegExp;

/** How a flow finds an element: by role and accessible name, or by text, optionally inside another. */
export interface Query {
  role?: string;
  name?: Match;
  text?: Match;
  /** A heading's level. */
  level?: number;
  within?: Query;
  /** Which of the matches (default 0). */
  nth?: number;
  /** Also match elements that are not rendered (closed details, display: none), to say that they are not. */
  includeHidden?: boolean;
}

/** What the page says of one element found by a query, at one moment. */
export interface Snapshot {
  found: boolean;
  visible: boolean;
  inViewport: boolean;
  text: string;
  value: string;
  checked: boolean;
  disabled: boolean;
  /** The CSS selector that reaches the element (or the label to click for it) for the driver's native input. */
  selector: string;
  /** Where it is in the viewport, rounded: a click waits until two looks agree. */
  box: string;
}

/** A page in one engine. */
export interface EnginePage {
  /** Opens a path of the site (or an absolute URL) and waits for its load event. */
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  url(): Promise<string>;
  /** Runs `fn` in the page; it and `arg` are serialized, so `fn` must not use anything from its module. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Clicks the element matched by `selector` with the driver's own pointer. */
  clickSelector(selector: string): Promise<void>;
  /** Types `text` with the driver's own keyboard into the focused element. */
  typeKeys(text: string): Promise<void>;
  /** Chooses the option with the visible text `option` in the <select> matched by `selector`. */
  selectOption(selector: string, option: string): Promise<void>;
}

/** One browser engine, started once for all flows. */
export interface Engine {
  name: string;
  page: EnginePage;
  close(): Promise<void>;
}

/** A query as it travels into the page: RegExps as their source and flags. */
type WireMatch = string | { re: string; flags: string };
interface WireQuery extends Omit<Query, 'name' | 'text' | 'within'> {
  name?: WireMatch;
  text?: WireMatch;
  within?: WireQuery;
}

function toWire(q: Query): WireQuery {
  const m = (v: Match | undefined) => (v instanceof RegExp ? { re: v.source, flags: v.flags } : v);
  const { name, text, within, ...rest } = q;
  return {
    ...rest,
    ...(name !== undefined ? { name: m(name)! } : {}),
    ...(text !== undefined ? { text: m(text)! } : {}),
    ...(within ? { within: toWire(within) } : {}),
  };
}

/**
 * Runs in the page (both drivers serialize it, so it uses nothing from outside): finds the element of `query`, scrolls it
 * to the middle of the viewport when asked, marks it with a token for the driver's CSS selector, and says what it shows.
 */
function inspectInPage(args: { query: WireQuery; token: string; scroll: boolean }): Snapshot {
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const matches = (m: WireMatch, s: string) => (typeof m === 'string' ? norm(s) === m : new RegExp(m.re, m.flags).test(norm(s)));
  const rendered = (el: Element) => {
    const r = el.getBoundingClientRect();
    const shown = typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true }) : true;
    return shown && r.width > 0 && r.height > 0 && !el.closest('[aria-hidden="true"],[hidden]');
  };
  const text = (el: Node): string => {
    if (el.nodeType === Node.TEXT_NODE) return el.textContent ?? '';
    if (!(el instanceof Element) || el.getAttribute('aria-hidden') === 'true') return '';
    if (el instanceof HTMLImageElement) return el.alt;
    if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return '';
    return [...el.childNodes].map(text).join('');
  };
  const byIds = (ids: string) =>
    ids
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .map((e) => (e ? text(e) : ''))
      .join(' ');
  const role = (el: Element): string => {
    const explicit = el.getAttribute('role');
    if (explicit) return explicit.split(/\s+/)[0]!;
    const tag = el.localName;
    if (tag === 'a' && el.hasAttribute('href')) return 'link';
    if (tag === 'button') return 'button';
    if (/^h[1-6]$/.test(tag)) return 'heading';
    if (tag === 'select') return 'combobox';
    if (tag === 'textarea') return 'textbox';
    if (tag === 'input') {
      const type = (el.getAttribute('type') ?? 'text').toLowerCase();
      if (['button', 'submit', 'reset'].includes(type)) return 'button';
      if (type === 'checkbox' || type === 'radio') return type;
      if (type === 'search') return 'searchbox';
      if (['text', 'number', 'email', 'tel', 'url', ''].includes(type)) return 'textbox';
      return type;
    }
    if (tag === 'section' || tag === 'aside') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'region' : '';
    if (tag === 'fieldset' || tag === 'details') return 'group';
    if (tag === 'ul' || tag === 'ol') return 'list';
    if (tag === 'li') return 'listitem';
    if (tag === 'progress') return 'progressbar';
    if (tag === 'output') return 'status';
    if (tag === 'nav') return 'navigation';
    if (tag === 'main') return 'main';
    if (tag === 'search') return 'search';
    if (tag === 'form') return el.hasAttribute('aria-label') || el.hasAttribute('aria-labelledby') ? 'form' : '';
    if (tag === 'table') return 'table';
    if (tag === 'tr') return 'row';
    if (tag === 'td') return 'cell';
    if (tag === 'header') return el.closest('article, aside, main, nav, section') ? '' : 'banner';
    return '';
  };
  const name = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) return norm(byIds(labelledBy));
    const label = el.getAttribute('aria-label');
    if (label) return norm(label);
    if ((el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement) && el.labels?.length) {
      return norm([...el.labels].map(text).join(' '));
    }
    if (el instanceof HTMLFieldSetElement) return norm(el.querySelector('legend') ? text(el.querySelector('legend')!) : '');
    if (el instanceof HTMLDetailsElement) return norm(el.querySelector('summary') ? text(el.querySelector('summary')!) : '');
    if (['region', 'navigation', 'main', 'list', 'group', 'table', 'search', 'banner', 'form'].includes(role(el))) return '';
    return norm(text(el));
  };
  const find = (q: WireQuery): Element[] => {
    const roots = q.within ? find(q.within).slice(q.within.nth ?? 0, (q.within.nth ?? 0) + 1) : [document.documentElement];
    const all = roots.flatMap((r) => [r, ...r.querySelectorAll('*')]);
    let found = all.filter((el) => !['script', 'style', 'template', 'head', 'title', 'meta'].includes(el.localName));
    if (q.role) found = found.filter((el) => role(el) === q.role && (q.level === undefined || el.localName === `h${q.level}`));
    if (q.name !== undefined) found = found.filter((el) => matches(q.name!, name(el)));
    if (q.text !== undefined) {
      const hit = found.filter((el) => matches(q.text!, el.textContent ?? ''));
      // The innermost element holding the text, as a learner points at it.
      found = hit.filter((el) => !hit.some((other) => other !== el && el.contains(other)));
    }
    return q.includeHidden ? found : found.filter(rendered);
  };
  const el = find(args.query)[args.query.nth ?? 0];
  if (!el) return { found: false, visible: false, inViewport: false, text: '', value: '', checked: false, disabled: false, selector: '', box: '' };
  if (args.scroll) el.scrollIntoView({ block: 'center', behavior: 'instant' });
  // A choice styled over its input is clicked on its label, where the learner clicks.
  const small = (e: Element) => e.getBoundingClientRect().width < 4 || e.getBoundingClientRect().height < 4;
  const target = el instanceof HTMLInputElement && small(el) && el.labels?.[0] ? el.labels[0] : el;
  target.setAttribute('data-engine-target', args.token);
  const r = el.getBoundingClientRect();
  return {
    found: true,
    visible: rendered(el),
    inViewport: r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth,
    text: norm(el instanceof HTMLElement ? el.innerText : (el.textContent ?? '')),
    value: 'value' in el ? String((el as HTMLInputElement).value) : '',
    checked: el instanceof HTMLInputElement ? el.checked : false,
    disabled: (el as HTMLButtonElement).disabled === true,
    selector: `[data-engine-target="${args.token}"]`,
    box: [r.x, r.y, r.width, r.height].map(Math.round).join(' '),
  };
}

let tokens = 0;

/** Says what the element of `query` shows now (scrolling it into the middle of the viewport when `scroll`). */
export function inspect(page: EnginePage, query: Query, scroll = false): Promise<Snapshot> {
  return page.evaluate(inspectInPage, { query: toWire(query), token: String(++tokens), scroll });
}

/** Why a flow failed, said the way its step reads. */
export class StepFailed extends Error {}

/** Polls `check` until it gives a value `ok` accepts, or fails with `what` and the last value seen. */
export async function until<T>(what: string, check: () => Promise<T>, ok: (value: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let last: T | undefined;
  let error: unknown;
  for (;;) {
    try {
      last = await check();
      error = undefined;
      if (ok(last)) return last;
    } catch (e) {
      // A navigation can tear down the page between two polls; the next poll reads the new one.
      error = e;
    }
    if (Date.now() > end) {
      throw new StepFailed(`${what}: not so after ${timeout / 1000} s (last seen: ${error ? String(error) : JSON.stringify(last)})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const describe = (q: Query): string => {
  const m = (v: Match) => (typeof v === 'string' ? `"${v}"` : String(v));
  const self = [q.role, q.name !== undefined ? m(q.name) : '', q.text !== undefined ? `text ${m(q.text)}` : ''].filter(Boolean).join(' ');
  return q.within ? `${self} in ${describe(q.within)}` : self;
};

/** Waits until the element of `query` is shown, scrolled into view. */
export const shown = (page: EnginePage, query: Query, timeout?: number) =>
  until(
    `${describe(query)} is shown`,
    () => inspect(page, query, true),
    (s) => s.visible,
    timeout,
  );

/** Waits until the element of `query` is gone or not rendered. */
export const notShown = (page: EnginePage, query: Query, timeout?: number) =>
  until(
    `${describe(query)} is not shown`,
    () => inspect(page, { ...query, includeHidden: true }),
    (s) => !s.visible,
    timeout,
  );

/** Waits until the element of `query` shows text that `expected` matches. */
export const showsText = (page: EnginePage, query: Query, expected: Match, timeout?: number) =>
  until(
    `${describe(query)} reads ${String(expected)}`,
    () => inspect(page, query),
    (s) => s.visible && (typeof expected === 'string' ? s.text === expected : expected.test(s.text)),
    timeout,
  );

/** Clicks the element of `query` once it is shown, enabled and still (two looks in a row agree), with the driver's pointer. */
export async function click(page: EnginePage, query: Query, timeout?: number): Promise<void> {
  let previous = '';
  const still = (s: Snapshot) => {
    const same = s.box === previous;
    previous = s.box;
    return s.visible && !s.disabled && same;
  };
  // A widget that starts as it scrolls into view can move what is below it between the look and the click.
  const s = await until(`${describe(query)} can be clicked`, () => inspect(page, query, true), still, timeout);
  await page.clickSelector(s.selector);
}

/** Replaces the text of the field of `query` by typing `text`, as a learner selects what is there and types. */
export async function fill(page: EnginePage, query: Query, text: string): Promise<void> {
  const s = await shown(page, query);
  await page.evaluate((sel) => {
    const field = document.querySelector<HTMLInputElement>(sel)!;
    field.focus();
    field.select();
  }, s.selector);
  await page.typeKeys(text);
}

/** Chooses an option of the <select> of `query` by its visible text. */
export async function choose(page: EnginePage, query: Query, option: string): Promise<void> {
  const s = await shown(page, query);
  await page.selectOption(s.selector, option);
}

/** Waits until `fn` (run in the page) returns a value `ok` accepts. */
export const pageState = <A, R>(
  page: EnginePage,
  what: string,
  fn: (arg: A) => R | Promise<R>,
  arg: A,
  ok: (value: R) => boolean,
  timeout?: number,
) => until(what, () => page.evaluate(fn, arg), ok, timeout);
