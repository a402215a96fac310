import { useMemo, useRef } from 'preact/hooks';
import '../widget/widget.css';
import './calculator.css';
import { LESSON_SCENARIO as lesson } from '../../lib/cost';
import { costCurve } from '../../lib/cost-chart';
import {
  DEFAULT_VALUES,
  evaluateInputs,
  LESSON_RESULTS,
  rawFromValues,
  readQuery,
  resultsToShow,
  scenarioFromValues,
  writeQuery,
  type CalculatorState,
  type FieldKey,
  type RawInputs,
} from '../../lib/cost-inputs';
import { COST_PRESETS } from '../../lib/cost-presets';
import { resultsSummary, staleReason } from '../../lib/cost-report';
import { formatPrice } from '../../lib/format';
import CalculatorFields from './CalculatorFields';
import CalculatorResults from './CalculatorResults';
import CalculatorSummary from './CalculatorSummary';
import CostChart from './CostChart';
import { FIELD_GROUPS, LABELS } from './fields';
import { useUrlState, type UrlStateModel } from '../widget/use-url-state';

const [MAIN, ...FOLDED] = FIELD_GROUPS;
const FOLDED_COUNT = FOLDED.reduce((n, g) => n + g.fields.length, 0);

const invalidLabels = (state: CalculatorState) => Object.keys(state.errors).map((k) => LABELS[k as FieldKey]);
const MODEL: UrlStateModel<RawInputs, CalculatorState, FieldKey> = {
  initial: rawFromValues(DEFAULT_VALUES),
  evaluate: evaluateInputs,
  read: readQuery,
  write: (search, state) => (state.values ? writeQuery(search, state.values) : undefined),
  announce: (state) =>
    state.values && state.analysis
      ? resultsSummary(state.analysis, state.values.paybackDays)
      : `Results not current. ${staleReason(invalidLabels(state))}`,
};

/** The cost calculator island: thin glue between the pure model (src/lib/cost*.ts) and the form, results and chart. */
export default function CostCalculator() {
  const { raw, setRaw, state, rejected, announcement, reset } = useUrlState(MODEL);
  const last = useRef(LESSON_RESULTS);
  // While a field is invalid the last valid figures stay on screen, marked as not current, so nothing jumps or vanishes.
  const shown = useMemo(() => (last.current = resultsToShow(state, last.current)), [state]);
  const curve = useMemo(() => costCurve(scenarioFromValues(shown.values), shown.analysis), [shown.analysis]);
  const invalid = invalidLabels(state);

  const change = (key: FieldKey, text: string) => setRaw((r) => ({ ...r, [key]: text }));
  const fields = { raw, errors: state.errors, onChange: change };

  // Search leaves the calculator out: its labels, buttons and computed figures are not the lesson's words, and the
  // lesson's own text around it says what it does.
  return (
    <div class="calc widget" data-pagefind-ignore>
      <p class="widget-nojs">These are the lesson’s example figures. Turn on JavaScript to try your own numbers.</p>
      <div class="needs-js">
        <div class="calc-presets" role="group" aria-label="Scenarios">
          {COST_PRESETS.map((p) => (
            <button type="button" class="btn" key={p.label} onClick={() => setRaw(rawFromValues(p.values))}>
              {p.label}
            </button>
          ))}
          <button type="button" class="btn" onClick={reset}>
            Reset
          </button>
        </div>
        {rejected.length > 0 && (
          <p class="widget-link-note" role="status">
            The link held values this calculator cannot use, so it shows the lesson’s defaults for: {rejected.map((k) => LABELS[k]).join(', ')}.
          </p>
        )}
        <form class="calc-form" onSubmit={(e) => e.preventDefault()} aria-label="Cost calculator inputs">
          <div class="calc-top">
            <CalculatorFields groups={[MAIN!]} {...fields} />
            <CalculatorSummary shown={shown} invalid={invalid} />
          </div>
          {/* Uncontrolled: the learner opens it, and a re-render never closes it. */}
          <details class="calc-more">
            <summary>Prompts, prices, training and payback: {FOLDED_COUNT} more fields</summary>
            <CalculatorFields groups={FOLDED} {...fields} />
          </details>
        </form>
        <p class="calc-note">
          The input prices are the lesson’s example; the output and training prices are from the same OpenAI list prices of mid-2024, per 1M tokens
          (GPT-4o {formatPrice(lesson.large.pricePerMillionInput)} input and {formatPrice(lesson.large.pricePerMillionOutput)} output; fine-tuned
          GPT-4o-mini {formatPrice(lesson.fineTuned.pricePerMillionInput)} and {formatPrice(lesson.fineTuned.pricePerMillionOutput)}; training{' '}
          {formatPrice(lesson.training.pricePerMillion)}). Prices change: check the current ones on{' '}
          <a href="https://openai.com/api/pricing/">OpenAI’s pricing page</a>.
        </p>
      </div>
      <h4 class="widget-heading">Results</h4>
      <CalculatorResults shown={shown} invalid={invalid} />
      <CostChart curve={curve} paybackDays={shown.values.paybackDays} current={shown.current} />
      <div class="sr-only calc-live" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
