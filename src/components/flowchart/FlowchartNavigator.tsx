import { useEffect, useRef, useState } from 'preact/hooks';
import {
  back,
  choose,
  encodeAnswers,
  pathKeys,
  readAnswers,
  reopen,
  restart,
  searchWithAnswers,
  walk,
  type Flowchart,
  type ResolvedOutcome,
  type Walk,
} from '../../lib/flowchart';

interface Props {
  /** The chart without its title, which the heading outside the island shows. */
  chart: Omit<Flowchart, 'title'>;
  /** The id of the static whole-flowchart tree, whose positions on the current path get marked. */
  treeId: string;
}

// The tree is server-rendered HTML outside this island; only data attributes are touched, never its content.
function markTree(treeId: string, answers: readonly string[]): void {
  const tree = document.getElementById(treeId);
  if (!tree) return;
  const keys = new Set(pathKeys(answers));
  const current = encodeAnswers(answers);
  for (const el of tree.querySelectorAll<HTMLElement>('[data-fc-path]')) {
    const key = el.dataset['fcPath'] ?? '';
    el.toggleAttribute('data-on-path', keys.has(key));
    if (key === current && el.classList.contains('fc-tree-node')) el.setAttribute('aria-current', 'step');
    else el.removeAttribute('aria-current');
  }
}

function announce(at: Walk<ResolvedOutcome>): string {
  return at.current.kind === 'question'
    ? `Question ${at.steps.length + 1}: ${at.current.question.text}`
    : `Recommendation: ${at.current.outcome.title}. ${at.current.outcome.reason}`;
}

const urlFor = (search: string, chart: Props['chart'], answers: readonly string[]) =>
  `${location.pathname}${searchWithAnswers(search, chart.param, answers)}`;

/** Steps a learner through a flowchart one question at a time; the answers live in the URL. */
export default function FlowchartNavigator({ chart, treeId }: Props) {
  const [answers, setAnswers] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const shown = useRef<string[]>([]);
  const focusNext = useRef(false);
  const root = useRef<HTMLDivElement>(null);
  const target = useRef<HTMLHeadingElement>(null);
  const at = walk(chart, answers);
  const { current } = at;
  const ids = `fc-${chart.id}`;

  const show = (next: string[], opts: { focus: boolean; announce: boolean }) => {
    shown.current = next;
    focusNext.current = opts.focus;
    setAnswers(next);
    setMessage(opts.announce ? announce(walk(chart, next)) : '');
  };

  useEffect(() => {
    const fromUrl = () => readAnswers(chart, location.search, chart.param);
    const initial = fromUrl();
    show(initial, { focus: false, announce: false });
    // A tampered or outdated state is trimmed to what it validly says, in place, without a new history entry.
    const canonical = urlFor(location.search, chart, initial) + location.hash;
    if (canonical !== location.pathname + location.search + location.hash) history.replaceState(history.state, '', canonical);
    const onPop = () => {
      const next = fromUrl();
      if (encodeAnswers(next) === encodeAnswers(shown.current)) return;
      show(next, { focus: !!root.current?.contains(document.activeElement), announce: true });
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [chart]);

  useEffect(() => {
    markTree(treeId, answers);
    if (focusNext.current) {
      focusNext.current = false;
      target.current?.focus();
    }
  }, [answers, treeId]);

  const go = (next: string[]) => {
    history.pushState(null, '', urlFor(location.search, chart, next));
    show(next, { focus: true, announce: true });
  };

  return (
    <div class="fc-nav" ref={root}>
      <p class="sr-only" role="status" aria-live="polite">
        {message}
      </p>
      {at.steps.length > 0 && (
        <div class="fc-path">
          <p class="fc-path-title" id={`${ids}-path`}>
            Your answers so far
          </p>
          <ol aria-labelledby={`${ids}-path`}>
            {at.steps.map((step, i) => (
              <li key={step.question.id}>
                <span>{step.question.text}</span> <strong>{step.answer.label}</strong>{' '}
                <button
                  type="button"
                  class="fc-change"
                  onClick={() => go(reopen(answers, i))}
                  aria-label={`Change answer ${i + 1}: ${step.question.text}`}
                >
                  Change
                </button>
              </li>
            ))}
          </ol>
        </div>
      )}
      <div class="fc-card" key={encodeAnswers(at.answers)}>
        <p class="fc-step">{current.kind === 'question' ? `Question ${at.steps.length + 1}` : 'Recommendation'}</p>
        <h4 id={`${ids}-current`} tabIndex={-1} ref={target}>
          {current.kind === 'question' ? current.question.text : current.outcome.title}
        </h4>
        {current.kind === 'question' ? (
          <div class="fc-answers" role="group" aria-labelledby={`${ids}-current`}>
            {current.question.answers.map((a) => (
              <button type="button" class="btn" key={a.id} onClick={() => go(choose(chart, answers, a.id))}>
                {a.label}
              </button>
            ))}
          </div>
        ) : (
          <>
            <p>{current.outcome.reason}</p>
            <p>
              <a href={current.outcome.href}>Read more: {current.outcome.sectionTitle}</a>
            </p>
          </>
        )}
      </div>
      {at.steps.length > 0 && (
        <div class="fc-controls">
          <button type="button" class="btn" onClick={() => go(back(answers))}>
            Back
          </button>
          <button type="button" class="btn" onClick={() => go(restart())}>
            Start over
          </button>
        </div>
      )}
    </div>
  );
}
