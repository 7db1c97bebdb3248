// The ticket step's words for promo codes, group prices and private sessions, and the lines' amounts,
// in the paying chunk (widget.js itself stays within its budget); the customer's language, else English.
import type { Picked } from '../flow/state.ts';
import { fill, type Messages } from '../internal/i18n.ts';
import type { Price } from '../internal/types.ts';

/** A price's line: per person, or (GROUP) one amount for the party whatever its size. */
export const lineCents = (p: Price, n: number): number =>
  p.per === 'GROUP' ? (n > 0 ? p.amountCents : 0) : p.amountCents * n;

/** The lines' sum; the server's quote (discount included) replaces it once a promo code is applied. */
export const totalCents = (s: Pick<Picked, 'activity' | 'qty'>): number =>
  s.activity.prices.reduce((t, p) => t + lineCents(p, s.qty[p.id] ?? 0), 0);

const en = {
  promoCode: 'Promo code',
  apply: 'Apply',
  discount: 'Discount ({code})',
  perGroup: '{price} per group',
  privateUpTo: 'Private: up to {max} players',
  invalid: 'This promo code cannot be used. Check it, or continue without it.',
};
type Key = keyof typeof en;

const other: Record<string, Record<Key, string>> = {
  es: {
    promoCode: 'Código promocional',
    apply: 'Aplicar',
    discount: 'Descuento ({code})',
    perGroup: '{price} por grupo',
    privateUpTo: 'Privado: hasta {max} jugadores',
    invalid: 'Este código promocional no se puede usar. Revísalo o continúa sin él.',
  },
  de: {
    promoCode: 'Aktionscode',
    apply: 'Einlösen',
    discount: 'Rabatt ({code})',
    perGroup: '{price} pro Gruppe',
    privateUpTo: 'Privat: bis zu {max} Spieler',
    invalid: 'Dieser Aktionscode kann nicht verwendet werden. Bitte prüfen oder ohne ihn fortfahren.',
  },
};

export const st = (m: Messages, key: Key, vars?: Record<string, string | number>): string =>
  fill((other[m.lang] ?? en)[key], vars);
