// Small field templates shared by the activity form's sections: a label, the
// input, and the field's message (local or the server's) tied to it by
// aria-describedby, so as-you-type validation reaches screen readers too.
import { html, nothing } from 'lit';
import type { ActivityForm } from './form-model.ts';

export interface Binding {
  readonly form: ActivityForm;
  /** Applies a change to the form (then the preview and the server check follow). */
  change(mutate: (f: ActivityForm) => void): void;
  /** The message for a field named as the server names it (`schedule.endTime`, `prices.1.amountCents`). */
  error(path: string): string | undefined;
  readonly locale: string;
}

export const idOf = (path: string) => `f-${path.replace(/\./g, '-')}`;

export const fieldMessage = (b: Binding, path: string) => {
  const message = b.error(path);
  return message ? html`<p class="field-error" id="${idOf(path)}-error">${message}</p>` : nothing;
};

export interface InputOptions {
  readonly type?: 'text' | 'number' | 'time' | 'date' | 'url';
  readonly min?: number;
  readonly step?: string;
  readonly hint?: string;
  readonly wide?: boolean;
  readonly required?: boolean;
  /** A visually hidden label (rows of a list whose column header names the field). */
  readonly hiddenLabel?: boolean;
}

export function inputField(
  b: Binding,
  path: string,
  label: string,
  value: string,
  set: (f: ActivityForm, v: string) => void,
  o: InputOptions = {},
) {
  const id = idOf(path);
  const err = b.error(path);
  const describedBy = [err ? `${id}-error` : '', o.hint ? `${id}-hint` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${o.wide ? 'wide' : ''}">
    <label for=${id} class=${o.hiddenLabel ? 'visually-hidden' : ''}>${label}</label>
    <input
      id=${id}
      type=${o.type ?? 'text'}
      inputmode=${o.type === 'number' ? 'numeric' : nothing}
      min=${o.min ?? nothing}
      step=${o.step ?? nothing}
      ?required=${o.required ?? false}
      aria-invalid=${err ? 'true' : 'false'}
      aria-describedby=${describedBy || nothing}
      .value=${value}
      @input=${(e: Event) => b.change((f) => set(f, (e.target as HTMLInputElement).value))}
    />
    ${o.hint ? html`<p class="hint" id="${id}-hint">${o.hint}</p>` : nothing} ${fieldMessage(b, path)}
  </div>`;
}

export function checkField(
  b: Binding,
  path: string,
  label: string,
  checked: boolean,
  set: (f: ActivityForm, v: boolean) => void,
) {
  const id = idOf(path);
  return html`<div class="field check">
    <input
      id=${id}
      type="checkbox"
      .checked=${checked}
      @change=${(e: Event) => b.change((f) => set(f, (e.target as HTMLInputElement).checked))}
    />
    <label for=${id}>${label}</label>
  </div>`;
}

// Free-text properties only (not string unions such as bookingMode, which have their own select).
type StringKey = {
  [K in keyof ActivityForm]: ActivityForm[K] extends string ? (string extends ActivityForm[K] ? K : never) : never;
}[keyof ActivityForm];

/** A text/number/time field bound to one string property of the form; `path` is the server's name for it. */
export const formInput = (b: Binding, path: string, key: StringKey, label: string, o: InputOptions = {}) =>
  inputField(
    b,
    path,
    label,
    b.form[key],
    (f, v) => {
      f[key] = v;
    },
    o,
  );

type DateList = 'customDates' | 'blockedDates';

/** A field of one row of customDates or blockedDates (`schedule.<list>.<i>.<prop>` for the server). */
export function rowInput<L extends DateList>(
  b: Binding,
  list: L,
  i: number,
  prop: keyof ActivityForm[L][number] & string,
  label: string,
  o: InputOptions = {},
) {
  const row = b.form[list][i] as unknown as Record<string, string>;
  return inputField(
    b,
    `schedule.${list}.${i}.${prop}`,
    label,
    row[prop] ?? '',
    (f, v) => {
      const rows = f[list] as unknown as Record<string, unknown>[];
      rows[i] = { ...rows[i], [prop]: v };
    },
    o,
  );
}
