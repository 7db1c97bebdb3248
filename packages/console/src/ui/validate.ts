// Form validation as you type: each field has rules (first failing one is its
// message); a BAD_USER_INPUT answer with `extensions.field` lands on that field
// with the server's own sentence. Render with `fieldError(errors, name)` under
// the input and `aria-invalid`/`aria-describedby` from `fieldAria(errors, name)`.
import { isSlotkitError } from '@slotkit/sdk';
import { html, nothing } from 'lit';
import { defineMessages } from '../i18n/i18n.ts';

const t = defineMessages({
  en: {
    required: 'Required.',
    email: 'Enter an email address, like ana@example.com.',
    maxLength: 'At most {max} characters.',
    min: 'At least {min}.',
  },
  es: {
    required: 'Obligatorio.',
    email: 'Escribe un correo, como ana@example.com.',
    maxLength: 'Como máximo {max} caracteres.',
    min: 'Como mínimo {min}.',
  },
  de: {
    required: 'Pflichtfeld.',
    email: 'Gib eine E-Mail-Adresse ein, z. B. ana@example.com.',
    maxLength: 'Höchstens {max} Zeichen.',
    min: 'Mindestens {min}.',
  },
});

/** A rule answers a message when the value is not acceptable. */
export type Rule = (value: string) => string | undefined;

export const required: Rule = (v) => (v.trim() === '' ? t('required') : undefined);
export const email: Rule = (v) => (v === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.trim()) ? undefined : t('email'));
export const maxLength =
  (max: number): Rule =>
  (v) =>
    v.length > max ? t('maxLength', { max }) : undefined;
export const minNumber =
  (min: number): Rule =>
  (v) =>
    v !== '' && Number(v) < min ? t('min', { min }) : undefined;

export type FieldErrors = Readonly<Record<string, string | undefined>>;

/** The fields' messages; an empty object when every field passes. */
export function validate(
  values: Readonly<Record<string, string>>,
  rules: Readonly<Record<string, readonly Rule[]>>,
): FieldErrors {
  const out: Record<string, string> = {};
  for (const [name, fieldRules] of Object.entries(rules)) {
    for (const rule of fieldRules) {
      const message = rule(values[name] ?? '');
      if (message) {
        out[name] = message;
        break;
      }
    }
  }
  return out;
}

export const hasErrors = (errors: FieldErrors): boolean => Object.values(errors).some(Boolean);

/** The server's BAD_USER_INPUT on a field (its `extensions.field`, last path segment) as a field error. */
export function serverFieldErrors(err: unknown): FieldErrors | undefined {
  if (!isSlotkitError(err, 'BAD_USER_INPUT')) return undefined;
  const field = err.extensions['field'];
  if (typeof field !== 'string') return undefined;
  return { [field.split('.').pop()!]: err.message };
}

/** Attributes for the input: `aria-invalid` and `aria-describedby` pointing at its message. */
export const fieldAria = (errors: FieldErrors, name: string) => ({
  invalid: errors[name] ? 'true' : 'false',
  describedBy: errors[name] ? `${name}-error` : undefined,
});

/** The message under a field (id `<name>-error`), or nothing. */
export const fieldError = (errors: FieldErrors, name: string) =>
  errors[name] ? html`<p class="field-error" id="${name}-error">${errors[name]}</p>` : nothing;
