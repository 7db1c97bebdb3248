// The issue form as plain strings, its checks, and its translation into IssueGiftCardInput.
import type { IssueGiftCardInput } from '@slotkit/sdk';
import { email, required, validate, type FieldErrors, type Rule } from '../../ui/validate.ts';
import { t } from './text.ts';

export interface GiftCardForm {
  amount: string;
  currency: string;
  recipientEmail: string;
}

export const emptyForm = (currency: string): GiftCardForm => ({ amount: '', currency, recipientEmail: '' });

/** 1.00 to 10 000.00 with at most two decimals (the server's bounds: 100 to 1 000 000 cents). */
const amountRule: Rule = (v) => {
  const text = v.trim().replace(',', '.');
  const n = Number(text);
  const places = (text.split('.')[1] ?? '').length;
  return text !== '' && Number.isFinite(n) && n >= 1 && n <= 10_000 && places <= 2 ? undefined : t('amountRange');
};

export function checkForm(form: GiftCardForm): FieldErrors {
  return validate(
    { amount: form.amount, recipientEmail: form.recipientEmail },
    { amount: [required, amountRule], recipientEmail: [required, email] },
  );
}

export function toInput(form: GiftCardForm): IssueGiftCardInput {
  return {
    amountCents: Math.round(Number(form.amount.trim().replace(',', '.')) * 100),
    currency: form.currency,
    recipientEmail: form.recipientEmail.trim(),
  };
}
