// The gift card sentences of the ticket and hold steps: in the paying chunk, not in widget.js (its budget).
import { fill, type Messages } from '../internal/i18n.ts';

const TEXT = {
  en: {
    code: 'Gift card code (optional)',
    paid: 'Gift card',
    due: 'To pay',
    covered: 'Your gift card pays for all of it: no payment needed.',
    confirm: 'Confirm booking',
    invalid: 'This gift card code is not valid here or has no balance left. Check it, or leave it empty.',
  },
  es: {
    code: 'Código de tarjeta regalo (opcional)',
    paid: 'Tarjeta regalo',
    due: 'A pagar',
    covered: 'Tu tarjeta regalo lo paga todo: no hace falta pagar.',
    confirm: 'Confirmar reserva',
    invalid: 'Este código de tarjeta regalo no es válido aquí o no tiene saldo. Revísalo o déjalo vacío.',
  },
  de: {
    code: 'Gutscheincode (optional)',
    paid: 'Gutschein',
    due: 'Zu zahlen',
    covered: 'Ihr Gutschein deckt alles: keine Zahlung nötig.',
    confirm: 'Buchung bestätigen',
    invalid:
      'Dieser Gutscheincode gilt hier nicht oder hat kein Guthaben mehr. Prüfen Sie ihn oder lassen Sie das Feld leer.',
  },
};

export type GiftTextKey = keyof (typeof TEXT)['en'];

/** A gift card sentence in the customer's language (English unless es or de). */
export const giftText = (m: Messages, key: GiftTextKey, vars?: Record<string, string | number>): string =>
  fill((TEXT[m.lang as keyof typeof TEXT] ?? TEXT.en)[key], vars);
