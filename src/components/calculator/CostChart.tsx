import { useEffect, useRef, useState } from 'preact/hooks';
import { chartMarkers, SERIES_LABELS, type CostCurve } from '../../lib/cost-chart';
import { volumesText } from '../../lib/cost-report';
import { formatCount } from '../../lib/format';
import type { ChartColours } from './chart-render';
import CurveTable from './CurveTable';

interface Props {
  /** The curve of the figures on screen: while a field is invalid, the last valid one. */
  curve: CostCurve;
  paybackDays: number;
  /** False while a field is invalid: the chart keeps its last drawing, dimmed and marked as not current. */
  current: boolean;
}

// CSS variables hold light-dark() pairs, so each is resolved through a probe element to the colour in force now; the
// font is the page's, so the axes and the tooltip read like the text around them.
function readColours(host: HTMLElement): ChartColours {
  const probe = document.createElement('span');
  host.appendChild(probe);
  const read = (name: string) => {
    probe.style.color = `var(${name})`;
    return getComputedStyle(probe).color;
  };
  const colours = {
    text: read('--text'),
    muted: read('--muted'),
    grid: read('--border'),
    large: read('--accent'),
    fineTuned: read('--ok'),
    font: getComputedStyle(host).fontFamily,
  };
  probe.remove();
  return colours;
}

type ChartHandle = { update: (c: CostCurve, k: ChartColours) => void; destroy: () => void };

/** The cost chart (chart.js, loaded on demand), redrawn on every change and theme switch, with a table for everyone. */
export default function CostChart({ curve, paybackDays, current }: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const chart = useRef<ChartHandle | null>(null);
  const latest = useRef(curve);
  latest.current = curve;
  const renderer = useRef<typeof import('./chart-render') | null>(null);
  const [status, setStatus] = useState<'loading' | 'ready' | 'failed'>('loading');
  const [theme, setTheme] = useState(0);

  // Draws the latest valid curve: creates the chart the first time, updates it afterwards.
  const draw = () => {
    const el = canvas.current;
    const next = latest.current;
    if (!el || !renderer.current) return;
    const colours = readColours(el.parentElement ?? el);
    if (chart.current) chart.current.update(next, colours);
    else chart.current = renderer.current.createCostChart(el, next, colours);
  };

  useEffect(() => {
    let cancelled = false;
    import('./chart-render')
      .then((mod) => {
        if (cancelled) return;
        renderer.current = mod;
        draw();
        setStatus('ready');
      })
      .catch(() => !cancelled && setStatus('failed'));
    const bump = () => setTheme((n) => n + 1);
    const observer = new MutationObserver(bump);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', bump);
    return () => {
      cancelled = true;
      observer.disconnect();
      scheme.removeEventListener('change', bump);
      chart.current?.destroy();
    };
  }, []);

  useEffect(draw, [curve, theme]);

  return (
    <figure class="calc-chart">
      <figcaption>
        Monthly cost against daily requests
        <span class="widget-unit"> (the fine-tuned line includes the training cost spread over {formatCount(paybackDays)} days)</span>
      </figcaption>
      <div class={`calc-chart-box needs-js${current ? '' : ' is-paused'}`} data-status={status}>
        <div class="calc-chart-plot">
          <canvas
            ref={canvas}
            role="img"
            aria-label="Line chart: the monthly cost of both approaches as the number of requests a day grows. The table below has the same figures."
          />
        </div>
        {status === 'ready' && (
          // Drawn once the chart is: the canvas is named, and the table below has the figures.
          <ul class="calc-chart-legend" aria-hidden="true">
            <li class="is-large">{SERIES_LABELS.large}</li>
            <li class="is-fine-tuned">{SERIES_LABELS.fineTuned}</li>
            {chartMarkers(curve).map((m) => (
              <li key={m.kind} class={m.drawn ? `is-${m.kind}` : 'is-off'}>
                {m.label}
              </li>
            ))}
          </ul>
        )}
        {status === 'loading' && <p class="calc-chart-note">Loading the chart…</p>}
        {status === 'failed' && <p class="calc-chart-note">The chart could not load; the table below has the same figures.</p>}
        {!current && status === 'ready' && <p class="calc-chart-note">Not current until the fields are fixed</p>}
      </div>
      <details class="calc-chart-table">
        <summary>The chart’s figures as a table</summary>
        {!current && <p class="widget-warn">Not current: these are the figures for the last valid numbers.</p>}
        <div class="table-scroll">
          <CurveTable curve={curve} paybackDays={paybackDays} title="Monthly cost by daily requests" />
        </div>
        <p>{volumesText(curve)}</p>
      </details>
    </figure>
  );
}
