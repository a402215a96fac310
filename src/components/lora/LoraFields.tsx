import type { LoraFieldKey, LoraInputKey, LoraRaw } from '../../lib/lora-inputs';
import { PROJECTIONS, type Projection } from '../../lib/lora';
import { LORA_FIELDS } from '../../lib/lora-inputs';
import { ADAPTER_FIELDS, MODEL_FIELDS, PROJECTION_LABELS, type LoraFieldLabel } from './fields';

interface Props {
  raw: LoraRaw;
  errors: Partial<Record<LoraInputKey, string>>;
  onText: (key: LoraFieldKey, text: string) => void;
  onTick: (projection: Projection, on: boolean) => void;
}

function Message({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="widget-error" id={id}>
      {error}
    </p>
  ) : null;
}

/** The widget's inputs: labelled text fields with a hint each, and one checkbox per attention projection. */
export default function LoraFields({ raw, errors, onText, onTick }: Props) {
  const field = ({ key, label, unit, hint }: LoraFieldLabel) => {
    const id = `lora-${key}`;
    const error = errors[key];
    return (
      <div class="widget-field" key={key}>
        <label for={id}>
          {label} <span class="widget-unit">({unit})</span>
        </label>
        <input
          id={id}
          name={LORA_FIELDS[key].param}
          type="text"
          inputMode={LORA_FIELDS[key].kind === 'count' ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellcheck={false}
          value={raw[key]}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onInput={(e) => onText(key, e.currentTarget.value)}
        />
        <p class="widget-hint" id={`${id}-hint`}>
          {hint}
        </p>
        <Message id={`${id}-error`} error={error} />
      </div>
    );
  };
  const error = errors.projections;
  return (
    <div class="lora-fields">
      {MODEL_FIELDS.map(field)}
      <fieldset class="lora-matrices" aria-describedby={`lora-m-hint${error ? ' lora-m-error' : ''}`}>
        <legend>Matrices adapted in each layer</legend>
        {PROJECTIONS.map((p) => (
          <label class="lora-check" key={p}>
            <input type="checkbox" name="m" value={p} checked={raw.projections.includes(p)} onChange={(e) => onTick(p, e.currentTarget.checked)} />{' '}
            {PROJECTION_LABELS[p]}
          </label>
        ))}
        <p class="widget-hint" id="lora-m-hint">
          Each is hidden size × hidden size. The LoRA paper adapts query and value.
        </p>
        <Message id="lora-m-error" error={error} />
      </fieldset>
      {ADAPTER_FIELDS.map(field)}
    </div>
  );
}
