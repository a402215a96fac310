import type { FieldKey, RawInputs } from '../../lib/cost-inputs';
import { FIELDS } from '../../lib/cost-inputs';
import type { FieldGroup } from './fields';

interface Props {
  groups: readonly FieldGroup[];
  raw: RawInputs;
  errors: Partial<Record<FieldKey, string>>;
  onChange: (key: FieldKey, text: string) => void;
}

/** The calculator's labelled inputs, grouped, each with its unit and, when it is wrong, a message beside it. */
export default function CalculatorFields({ groups, raw, errors, onChange }: Props) {
  return (
    <div class="calc-groups">
      {groups.map((group) => (
        <fieldset class="calc-group" key={group.legend}>
          <legend>{group.legend}</legend>
          {group.fields.map(({ key, label, unit, hint }) => {
            const id = `calc-${key}`;
            const error = errors[key];
            const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
            return (
              <div class="widget-field" key={key}>
                <label for={id}>
                  {label} <span class="widget-unit">({unit})</span>
                </label>
                <input
                  id={id}
                  name={FIELDS[key].param}
                  type="text"
                  inputMode={FIELDS[key].kind === 'price' ? 'decimal' : 'numeric'}
                  autoComplete="off"
                  spellcheck={false}
                  value={raw[key]}
                  aria-invalid={error ? 'true' : undefined}
                  aria-describedby={described || undefined}
                  onInput={(e) => onChange(key, e.currentTarget.value)}
                />
                {hint && (
                  <p class="widget-hint" id={`${id}-hint`}>
                    {hint}
                  </p>
                )}
                {error && (
                  <p class="widget-error" id={`${id}-error`}>
                    {error}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
