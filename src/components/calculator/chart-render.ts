// Loaded with import() only once the calculator is near the viewport: this module is where chart.js enters the page.
import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import {
  AXIS_COUNT,
  AXIS_MONEY,
  chartMarkers,
  curveSeries,
  SERIES_LABELS,
  SERIES_SHORT,
  type ChartMarker,
  type CostCurve,
} from '../../lib/cost-chart';
import { formatCount, formatUSD } from '../../lib/format';

// Only the pieces a line chart on two linear axes needs; never `registerables`, which would pull in every chart type.
// The legend is HTML (CostChart.tsx): chart.js's Legend plugin would cost 2.8 KB gzipped and draw text it cannot wrap.
Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip);

/** Colours read from the site's CSS variables, so the chart follows the theme. */
export interface ChartColours {
  text: string;
  muted: string;
  grid: string;
  large: string;
  fineTuned: string;
  /** The page's font family, for the axes and the tooltip. */
  font: string;
}

interface MarkerOptions {
  markers: ChartMarker[];
  colour: string;
}

// Vertical lines for the current volume (solid) and the break-even volume (dashed). Their labels are in the HTML legend
// below the chart, where they wrap on a phone instead of overlapping the ticks and each other.
const markerPlugin: Plugin<'line', MarkerOptions> = {
  id: 'costMarkers',
  afterDatasetsDraw(chart, _args, opts) {
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    if (!x) return;
    for (const m of opts.markers) {
      if (!m.drawn) continue;
      const px = x.getPixelForValue(m.x);
      ctx.save();
      ctx.strokeStyle = opts.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(m.kind === 'now' ? [] : [4, 4]);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.restore();
    }
  },
};

function config(curve: CostCurve, c: ChartColours) {
  const series = curveSeries(curve);
  // The page's font at sizes a phone can read, for ticks and tooltips alike: chart.js would use Helvetica at 12 px.
  Chart.defaults.font.family = c.font;
  Chart.defaults.font.size = 14;
  const ticks = (format: (v: number) => string) => ({
    color: c.text,
    font: { size: 13 },
    maxTicksLimit: 6,
    callback: (v: string | number) => format(Number(v)),
  });
  const line = (label: string, data: { x: number; y: number }[], colour: string) => ({
    label,
    data,
    borderColor: colour,
    backgroundColor: colour,
    borderWidth: 3,
    pointRadius: 3,
  });
  const axis = (title: string) => ({
    type: 'linear' as const,
    min: 0,
    title: { display: true, text: title, color: c.text },
    grid: { color: c.grid },
    border: { color: c.muted },
  });
  return {
    type: 'line' as const,
    data: {
      datasets: [
        line(SERIES_LABELS.large, series.large, c.large),
        { ...line(SERIES_LABELS.fineTuned, series.fineTuned, c.fineTuned), borderDash: [8, 5], pointStyle: 'rectRot' as const },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false as const,
      parsing: false as const,
      interaction: { mode: 'nearest' as const, axis: 'x' as const, intersect: false },
      scales: {
        x: {
          ...axis('Requests a day'),
          max: curve.xMax,
          ticks: ticks((v) => AXIS_COUNT.format(v)),
        },
        y: { ...axis('US$ a month'), ticks: ticks((v) => AXIS_MONEY.format(v)) },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { parsed: { x: number | null } }[]) => `${formatCount(items[0]?.parsed.x ?? 0)} requests a day`,
            label: (item: { datasetIndex: number; parsed: { y: number | null } }) =>
              `${item.datasetIndex === 0 ? SERIES_SHORT.large : SERIES_SHORT.fineTuned}: ${formatUSD(item.parsed.y ?? 0)} a month`,
          },
        },
        costMarkers: { markers: chartMarkers(curve), colour: c.text },
      },
    },
    plugins: [markerPlugin],
  };
}

/** Draws the cost chart into a canvas; update() redraws it for a new curve or theme, destroy() frees it. */
export function createCostChart(canvas: HTMLCanvasElement, curve: CostCurve, colours: ChartColours) {
  // chart.js's option types are wider than this literal; the config is checked field by field above.
  const chart = new Chart(canvas, config(curve, colours) as unknown as ConstructorParameters<typeof Chart<'line'>>[1]);
  return {
    update(next: CostCurve, nextColours: ChartColours) {
      const c = config(next, nextColours);
      chart.data = c.data as unknown as typeof chart.data;
      chart.options = c.options as unknown as typeof chart.options;
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
}
