import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { activityPrices, promoCodes, slotReservations, type ReservationCustomer } from '../../db/schema/index.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { checkoutDigest, checkoutIdempotencyKey, checkoutParams } from '../../payments/checkout.ts';
import { parseReturnUrl, withSessionPlaceholder } from '../../payments/checkout-urls.ts';
import { expireCheckoutsAfterCommit } from '../reservations/checkout-expiry.ts';
import type { DomainServices } from '../services.ts';
import { parseCustomer, type CustomerInput } from './customers.ts';
import { settlePreviousCheckout } from './previous-checkout.ts';
import { loadReservationContext, type ReservationContext } from './reservation-context.ts';

export interface CreateCheckoutInput {
  readonly reservationId: string;
  readonly customer: CustomerInput;
  readonly successUrl: string;
  readonly cancelUrl: string;
}

export interface CheckoutResult {
  readonly url: string;
  readonly checkoutSessionId: string;
}

type Services = Pick<DomainServices, 'db' | 'logger' | 'payments' | 'now' | 'settlePaidCheckout'>;

/**
 * Starts Stripe Checkout for a live hold. No transaction is held open across
 * the Stripe call: the hold is checked, the session created, then stored on
 * the reservation only if it is still held (else the new session is expired).
 * At most one payable Checkout per hold: the same request gets the same open
 * session back; changed details expire the old one BEFORE a new one exists
 * (previous-checkout.ts), and a paid one refuses a new Checkout.
 */
export async function createCheckout(services: Services, input: CreateCheckoutInput): Promise<CheckoutResult> {
  const { payments } = services;
  const customer = parseCustomer(input.customer);
  const successUrl = withSessionPlaceholder(parseReturnUrl(input.successUrl, 'successUrl'));
  const cancelUrl = parseReturnUrl(input.cancelUrl, 'cancelUrl');
  if (!isUuid(input.reservationId)) throw notFound('Reservation');
  const ctx = await loadReservationContext(services.db, input.reservationId);
  if (!ctx) throw notFound('Reservation');
  assertLiveHold(ctx, services.now());

  const currentPrices = await services.db
    .select()
    .from(activityPrices)
    .where(eq(activityPrices.activityId, ctx.activity.id))
    .prepare('activity_prices_of_activity')
    .execute();
  const useStripePrices = payments.gateway.kind === 'stripe';
  const couponId = await discountCoupon(services, ctx);
  const params = checkoutParams({ ...ctx, currentPrices, customer, successUrl, cancelUrl, useStripePrices, couponId });
  const digest = checkoutDigest(params);
  const previousId = ctx.reservation.checkoutSessionId;
  const current = previousId ? await settlePreviousCheckout(services, previousId, digest) : undefined;
  if (current?.url) return { url: current.url, checkoutSessionId: current.id };
  params.metadata = { ...params.metadata, checkout_digest: digest };
  const key = checkoutIdempotencyKey(ctx.reservation.id, digest, previousId);
  const session = await payments.gateway.createCheckoutSession(params, key).catch((err: unknown) => {
    services.logger.error({ err, reservationId: ctx.reservation.id }, 'Stripe refused to create a checkout session');
    throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
  });
  if (!session.url) throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again');

  const previous = await services.db.transaction((tx) =>
    attachToHold(tx, ctx.reservation.id, session.id, customer, services.now()),
  );
  if (previous.stale) {
    // The hold ended while Stripe answered: nobody may pay for it.
    await expireCheckoutsAfterCommit(services, [session.id]);
    throw badInput('This hold has ended; please choose your slot again', { reason: 'HOLD_ENDED' });
  }
  if (previous.checkoutSessionId && previous.checkoutSessionId !== session.id) {
    // Replaced: if it was paid meanwhile, that payment is settled (a second payment of the hold is refunded).
    await expireCheckoutsAfterCommit(services, [previous.checkoutSessionId]);
  }
  return { url: session.url, checkoutSessionId: session.id };
}

/**
 * The hold's discount as a one-off Stripe coupon of exactly its discountCents (named after the code,
 * so the Checkout page shows it). Keyed by hold and amount: a retry gets the same coupon back.
 */
async function discountCoupon(services: Services, ctx: ReservationContext): Promise<string | null> {
  const { reservation } = ctx;
  if (reservation.discountCents <= 0) return null;
  const [promo] = reservation.promoCodeId
    ? await services.db
        .select({ code: promoCodes.code })
        .from(promoCodes)
        .where(eq(promoCodes.id, reservation.promoCodeId))
    : [];
  const coupon = await services.payments.gateway
    .createCoupon(
      {
        amountOffCents: reservation.discountCents,
        currency: reservation.currency,
        name: promo ? `Promo code ${promo.code}` : 'Discount',
      },
      `coupon-${reservation.id}-${reservation.discountCents}`,
    )
    .catch((err: unknown) => {
      services.logger.error({ err, reservationId: reservation.id }, 'Stripe refused to create a coupon');
      throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
    });
  return coupon.id;
}

function assertLiveHold(ctx: ReservationContext, now: Date): void {
  const { reservation } = ctx;
  if (reservation.status === 'confirmed')
    throw badInput('This reservation is already paid', { reason: 'ALREADY_CONFIRMED' });
  if (reservation.status !== 'held' || reservation.expiresAt <= now) {
    throw badInput('This hold has expired; please choose your slot again', { reason: 'HOLD_EXPIRED' });
  }
  if (ctx.session.status !== 'open') throw badInput('This session is no longer bookable', { reason: 'SESSION_CLOSED' });
}

/** Stores the new Checkout session on the hold if it is still held; returns the session it replaces. */
async function attachToHold(
  tx: Tx,
  reservationId: string,
  checkoutSessionId: string,
  customer: ReservationCustomer,
  now: Date,
): Promise<{ readonly stale: true } | { readonly stale: false; readonly checkoutSessionId: string | null }> {
  const [row] = await tx
    .select({ status: slotReservations.status, checkoutSessionId: slotReservations.checkoutSessionId })
    .from(slotReservations)
    .where(eq(slotReservations.id, reservationId))
    .for('update')
    .prepare('lock_hold_for_checkout')
    .execute();
  if (row?.status !== 'held') return { stale: true };
  await tx
    .update(slotReservations)
    .set({ customer, checkoutSessionId, updatedAt: now })
    .where(and(eq(slotReservations.id, reservationId), eq(slotReservations.status, 'held')))
    .prepare('attach_checkout_to_hold')
    .execute();
  return { stale: false, checkoutSessionId: row.checkoutSessionId };
}
