// The create form as plain strings, its checks, and its translation into CreatePromoCodeInput.
// Dates are venue-local calendar days: a code is valid from the start of its first day to the end
// of its last day in the venue's time zone.
import type { CreatePromoCodeInput } from '@slotkit/sdk';
import { addDays } from '../../ui/format.ts';
import { required, validate, type FieldErrors, type Rule } from '../../ui/validate.ts';
import { t } from './text.ts';

export interface PromoForm {
  code: string;
  kind: 'percent' | 'amount';
  value: string;
  validFrom: string;
  validUntil: string;
  maxRedemptions: string;
  activityIds: readonly string[];
}

export const emptyForm = (): PromoForm => ({
  code: '',
  kind: 'percent',
  value: '',
  validFrom: '',
  validUntil: '',
  maxRedemptions: '',
  activityIds: [],
});

const codeFormat: Rule = (v) => (/^[A-Za-z0-9_-]{3,40}$/.test(v.trim()) ? undefined : t('codeFormat'));
const between =
  (min: number, max: number, decimals = 0): Rule =>
  (v) => {
    const n = Number(v);
    const places = (v.split('.')[1] ?? '').length;
    return v.trim() === '' || (Number.isFinite(n) && n >= min && n <= max && places <= decimals)
      ? undefined
      : t('range', { min, max });
  };

export function checkForm(form: PromoForm): FieldErrors {
  const { code, value, maxRedemptions } = form;
  const errors = validate(
    { code, value, maxRedemptions },
    {
      code: [required, codeFormat],
      value: [required, form.kind === 'percent' ? between(1, 100) : between(0.01, 1_000_000, 2)],
      maxRedemptions: [between(1, 10_000_000)],
    },
  );
  if (form.validFrom && form.validUntil && form.validUntil < form.validFrom)
    return { ...errors, validUntil: t('afterFrom') };
  return errors;
}

/** The instant a venue-local day starts (midnight in `timeZone`), DST-safe to the minute. */
export function startOfDay(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const utcGuess = Date.UTC(y, m - 1, d);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    })
      .formatToParts(new Date(at))
      .reduce<Record<string, number>>((acc, p) => ({ ...acc, [p.type]: Number(p.value) }), {});
    return Date.UTC(parts.year!, parts.month! - 1, parts.day, parts.hour, parts.minute) - at;
  };
  const first = utcGuess - offset(utcGuess);
  return new Date(utcGuess - offset(first)).toISOString();
}

export function toInput(form: PromoForm, timeZone: string): CreatePromoCodeInput {
  const value = Number(form.value);
  return {
    code: form.code.trim(),
    percentOff: form.kind === 'percent' ? value : null,
    amountOffCents: form.kind === 'amount' ? Math.round(value * 100) : null,
    validFrom: form.validFrom ? startOfDay(form.validFrom, timeZone) : null,
    // Valid through the whole last day: until the next day starts.
    validUntil: form.validUntil ? startOfDay(addDays(form.validUntil, 1), timeZone) : null,
    maxRedemptions: form.maxRedemptions.trim() ? Number(form.maxRedemptions) : null,
    activityIds: [...form.activityIds],
  };
}
