import { useMemo, useRef } from 'preact/hooks';
import '../widget/widget.css';
import './lora.css';
import { LESSON_SETUP, loraSummary, type Projection } from '../../lib/lora';
import {
  evaluateLora,
  LESSON_STATE,
  rawFromSetup,
  readLoraQuery,
  writeLoraQuery,
  type LoraFieldKey,
  type LoraInputKey,
  type LoraRaw,
  type LoraState,
} from '../../lib/lora-inputs';
import { useUrlState, type UrlStateModel } from '../widget/use-url-state';
import LoraFields from './LoraFields';
import LoraResults from './LoraResults';
import { INPUT_NAMES } from './fields';

const invalidNames = (state: LoraState) => Object.keys(state.errors).map((k) => INPUT_NAMES[k as LoraInputKey]);
const MODEL: UrlStateModel<LoraRaw, LoraState, LoraInputKey> = {
  initial: rawFromSetup(LESSON_SETUP),
  evaluate: evaluateLora,
  read: readLoraQuery,
  write: (search, state) => (state.setup ? writeLoraQuery(search, state.setup) : undefined),
  announce: (state) => (state.result ? loraSummary(state.result) : `Results not current: fix ${invalidNames(state).join(', ')}.`),
};

/** The LoRA parameter widget: thin glue between the pure model (src/lib/lora*.ts) and its form and results. */
export default function LoraCalculator() {
  const { raw, setRaw, state, rejected, announcement, reset } = useUrlState(MODEL);
  const last = useRef(LESSON_STATE);

  // While an input is invalid the last valid figures stay, marked as not current, so nothing jumps or shows NaN.
  // evaluateLora gives a setup and its result together, or neither.
  const shown = useMemo(() => (state.result ? (last.current = state as typeof LESSON_STATE) : last.current), [state]);
  const invalid = invalidNames(state);

  const onText = (key: LoraFieldKey, text: string) => setRaw((r) => ({ ...r, [key]: text }));
  const onTick = (p: Projection, on: boolean) =>
    setRaw((r) => ({ ...r, projections: on ? [...r.projections.filter((x) => x !== p), p] : r.projections.filter((x) => x !== p) }));

  // Search leaves the widget out: its labels and computed figures are not the lesson's words.
  return (
    <div class="lora widget" data-pagefind-ignore>
      <p class="widget-nojs">These are the lesson’s example figures. Turn on JavaScript to try your own model and rank.</p>
      <div class="needs-js">
        {rejected.length > 0 && (
          <p class="widget-link-note" role="status">
            The link held values this widget cannot use, so it shows the lesson’s values for: {rejected.map((k) => INPUT_NAMES[k]).join(', ')}.
          </p>
        )}
        <form class="lora-form" onSubmit={(e) => e.preventDefault()} aria-label="LoRA adapter inputs">
          <LoraFields raw={raw} errors={state.errors} onText={onText} onTick={onTick} />
          <button type="button" class="btn" onClick={reset}>
            Reset
          </button>
        </form>
      </div>
      <h4 class="widget-heading">Results</h4>
      <LoraResults setup={shown.setup} result={shown.result} current={state.result !== null} invalid={invalid} />
      <div class="sr-only lora-live" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
