// Values derived from the flow state; pure, shared by the reducer and the views.
import type { Messages } from '../internal/i18n.ts';
import type { Activity, Price } from '../internal/types.ts';
import type { Held, Picked } from './state.ts';

export const partySize = (s: Pick<Picked, 'qty'>): number => Object.values(s.qty).reduce((a, b) => a + b, 0);

export const maxParty = (s: Pick<Picked, 'activity' | 'session'>): number =>
  Math.min(s.activity.maxParty, s.session.capacityRemaining);

export const secondsLeft = (s: Pick<Held, 'deadline' | 'now'>): number =>
  Math.max(0, Math.ceil((s.deadline - s.now) / 1000));

/** The lowest price of an activity, for "from $25". */
export const fromCents = (a: Activity): number | undefined =>
  a.prices.length ? Math.min(...a.prices.map((p) => p.amountCents)) : undefined;

/**
 * A price's name in the customer's language: the venue's own translation,
 * else ours for a tier still called by its English default ("Adult"), else
 * the venue's name as written.
 */
export function priceName(p: Price, m: Messages): string {
  const own = p.names.find((n) => n.locale === m.locale.toLowerCase() || n.locale === m.lang);
  if (own) return own.name;
  const tier = p.tier === 'ADULT' || p.tier === 'CHILD' ? p.tier : undefined;
  if (tier && m.lang !== 'en' && p.name.trim().toLowerCase() === tier.toLowerCase()) return m.s[tier];
  return p.name;
}
