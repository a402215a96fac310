/** How a typed field is labelled in a widget's form: its label, its unit in brackets after it, and a hint under it. */
export interface FieldLabel<K extends string> {
  key: K;
  label: string;
  unit: string;
  hint?: string;
}
