// Loaded with import() only once the calculator is near the viewport: this module is where chart.js enters the page.
import { Chart, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import { curveSeries, SERIES_LABELS, type CostCurve } from '../../lib/cost-chart';
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
  marker: string;
  surface: string;
}

interface Marker {
  x: number;
  label: string;
  dash: number[];
}

interface MarkerOptions {
  markers: Marker[];
  colour: string;
  surface: string;
}

// Vertical lines for the current volume and the break-even volume, drawn over the plot area with their labels.
const markerPlugin: Plugin<'line', MarkerOptions> = {
  id: 'costMarkers',
  afterDatasetsDraw(chart, _args, opts) {
    const { ctx, chartArea, scales } = chart;
    const x = scales['x'];
    if (!x) return;
    opts.markers.forEach((m, i) => {
      const px = x.getPixelForValue(m.x);
      if (px < chartArea.left - 1 || px > chartArea.right + 1) return;
      ctx.save();
      ctx.strokeStyle = opts.colour;
      ctx.lineWidth = 2;
      ctx.setLineDash(m.dash);
      ctx.beginPath();
      ctx.moveTo(px, chartArea.top);
      ctx.lineTo(px, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.font = '12px system-ui, sans-serif';
      const width = ctx.measureText(m.label).width + 8;
      // Labels sit near the top, one below the other, and flip to the left of the line near the right edge.
      const left = px + width + 4 > chartArea.right ? px - width - 4 : px + 4;
      const top = chartArea.top + 4 + i * 20;
      ctx.fillStyle = opts.surface;
      ctx.fillRect(left, top, width, 18);
      ctx.fillStyle = opts.colour;
      ctx.textBaseline = 'middle';
      ctx.fillText(m.label, left + 4, top + 9);
      ctx.restore();
    });
  },
};

const compactMoney = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const compactCount = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

function config(curve: CostCurve, c: ChartColours) {
  const series = curveSeries(curve);
  const markers: Marker[] = [{ x: curve.current, label: `Now: ${formatCount(curve.current)}/day`, dash: [] }];
  if (curve.breakEven !== null && curve.breakEvenOnChart) {
    markers.push({ x: curve.breakEven, label: `Break-even: ${formatCount(curve.breakEven)}/day`, dash: [4, 4] });
  }
  const axis = (title: string) => ({
    type: 'linear' as const,
    min: 0,
    title: { display: true, text: title, color: c.text },
    ticks: { color: c.muted },
    grid: { color: c.grid },
    border: { color: c.muted },
  });
  return {
    type: 'line' as const,
    data: {
      datasets: [
        { label: SERIES_LABELS.large, data: series.large, borderColor: c.large, backgroundColor: c.large, borderWidth: 3, pointRadius: 3 },
        {
          label: SERIES_LABELS.fineTuned,
          data: series.fineTuned,
          borderColor: c.fineTuned,
          backgroundColor: c.fineTuned,
          borderWidth: 3,
          borderDash: [8, 5],
          pointRadius: 3,
          pointStyle: 'rectRot' as const,
        },
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
          ticks: { color: c.muted, callback: (v: string | number) => compactCount.format(Number(v)) },
        },
        y: { ...axis('Cost per month (US$)'), ticks: { color: c.muted, callback: (v: string | number) => compactMoney.format(Number(v)) } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            title: (items: { parsed: { x: number | null } }[]) => `${formatCount(items[0]?.parsed.x ?? 0)} requests a day`,
            label: (item: { dataset: { label?: string }; parsed: { y: number | null } }) =>
              `${item.dataset.label ?? ''}: ${formatUSD(item.parsed.y ?? 0)} a month`,
          },
        },
        costMarkers: { markers, colour: c.marker, surface: c.surface },
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
