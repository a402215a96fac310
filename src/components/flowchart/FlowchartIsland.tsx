import { withIslandData } from '../islands/with-island-data';
import FlowchartNavigator from './FlowchartNavigator';
import type { Flowchart } from '../../lib/flowchart';

/** The data a flowchart island fetches: the chart, with its outcome links resolved for the page. */
export interface FlowchartIslandData {
  chart: Flowchart;
}

const isFlowchartData = (value: unknown): value is FlowchartIslandData => {
  const chart = (value as Partial<FlowchartIslandData> | null)?.chart;
  return typeof chart === 'object' && chart !== null && Array.isArray(chart.questions) && Array.isArray(chart.outcomes);
};

/** The flowchart island: FlowchartNavigator, with its chart fetched from a cached file instead of carried in the page. */
export default withIslandData<FlowchartIslandData, { treeId: string }>(
  FlowchartNavigator,
  isFlowchartData,
  () => 'The step-by-step view could not start: reload the page to try again. The whole flowchart below shows every path.',
);
