import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../db/client.ts';
import { slotReservations, waitlistEntries, type SlotReservation, type WaitlistEntry } from '../../db/schema/index.ts';
import { badInput, notFound } from '../../errors.ts';
import { createCheckout, type CheckoutResult } from '../bookings/checkout.ts';
import type { DomainServices } from '../services.ts';
import { loadSessionContext, type SessionContext } from './session-context.ts';
import { hashOfWellFormedToken } from '../link-token.ts';
import { offerUrl } from './tokens.ts';

export interface OfferView {
  readonly entry: WaitlistEntry;
  readonly reservation: SlotReservation;
  readonly ctx: SessionContext;
  /** True while the hold lives and can be paid. */
  readonly live: boolean;
  readonly requiresWaiver: boolean;
  readonly minAge: number | null;
}

/** The offer an emailed link names; NOT_FOUND for any unknown or malformed token. */
export async function loadOffer(db: DbOrTx, token: string, now: Date): Promise<OfferView> {
  const hash = hashOfWellFormedToken(token);
  if (!hash) throw notFound('Offer');
  const [row] = await db
    .select({ entry: waitlistEntries, reservation: slotReservations })
    .from(waitlistEntries)
    .innerJoin(slotReservations, eq(slotReservations.id, waitlistEntries.reservationId))
    .where(eq(waitlistEntries.offerTokenHash, hash));
  if (!row) throw notFound('Offer');
  const ctx = (await loadSessionContext(db, row.entry.sessionId))!;
  const settings = ctx.activity.settings;
  return {
    ...row,
    ctx,
    live: row.reservation.status === 'held' && row.reservation.expiresAt > now && ctx.session.status === 'open',
    requiresWaiver: settings.requiresWaiver === true,
    minAge: typeof settings.minAge === 'number' ? settings.minAge : null,
  };
}

export interface OfferAcceptance {
  readonly name: string;
  readonly email: string;
  readonly phone?: string | null;
  readonly waiverAccepted: boolean;
  readonly minAgeAccepted: boolean;
}

/**
 * Pays for an offer: records the customer's waiver and age answers on the hold, then starts Checkout
 * for it (the same createCheckout as the widget); its success page confirms the booking.
 */
export async function acceptOffer(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments' | 'now' | 'settlePaidCheckout'>,
  token: string,
  answer: OfferAcceptance,
): Promise<CheckoutResult> {
  const offer = await loadOffer(services.db, token, services.now());
  if (!offer.live) throw badInput('This offer has ended', { reason: 'OFFER_ENDED' });
  if (offer.requiresWaiver && !answer.waiverAccepted)
    throw badInput('Please accept the waiver to book this activity', { reason: 'WAIVER_REQUIRED' });
  if (offer.minAge && !answer.minAgeAccepted)
    throw badInput(`Please confirm that everyone is at least ${offer.minAge} years old`, {
      reason: 'MIN_AGE_REQUIRED',
    });
  await services.db
    .update(slotReservations)
    .set({ waiverAccepted: answer.waiverAccepted, minAgeAccepted: answer.minAgeAccepted })
    .where(and(eq(slotReservations.id, offer.reservation.id), eq(slotReservations.status, 'held')));
  const page = offerUrl(services.payments.publicUrl(), token);
  return createCheckout(services, {
    reservationId: offer.reservation.id,
    customer: { name: answer.name, email: answer.email, phone: answer.phone ?? null },
    successUrl: `${page}/done`,
    cancelUrl: page,
  });
}
