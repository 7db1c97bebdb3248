import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { activityPrices, slotReservations, type ReservationCustomer } from '../../db/schema/index.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';
import type { AppServices } from '../../services.ts';
import { loadReservationContext, localTime, type ReservationContext } from './reservation-context.ts';
import type { CheckoutCreateParams } from '../../payments/gateway.ts';
import {
  parseCustomer,
  parseReturnUrl,
  withSessionPlaceholder,
  type CustomerInput,
} from '../../payments/checkout-urls.ts';
import { paymentsOf } from '../../payments/payments.ts';

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

/**
 * Starts Stripe Checkout for a live hold. No transaction is held open across
 * the Stripe call: the hold is checked, the session created, then stored on
 * the reservation only if it is still held (else the new session is expired).
 *
 * Retry-safe: the Idempotency-Key is the reservation id plus a digest of the
 * parameters, and expires_at derives from the hold (its end + 31 min, so at
 * least Stripe's 30-minute minimum), so the same request yields the same
 * session; changed details yield a new one and the old one is expired.
 */
export async function createCheckout(services: AppServices, input: CreateCheckoutInput): Promise<CheckoutResult> {
  const payments = paymentsOf(services);
  const customer = parseCustomer(input.customer);
  const successUrl = withSessionPlaceholder(parseReturnUrl(input.successUrl, 'successUrl'));
  const cancelUrl = parseReturnUrl(input.cancelUrl, 'cancelUrl');
  if (!isUuid(input.reservationId)) throw notFound('Reservation');
  const ctx = await loadReservationContext(services.db, input.reservationId);
  if (!ctx) throw notFound('Reservation');
  assertLiveHold(ctx, services.now());

  const params = await checkoutParams(
    services,
    ctx,
    customer,
    successUrl,
    cancelUrl,
    payments.gateway.kind === 'stripe',
  );
  const idempotencyKey = `checkout-${ctx.reservation.id}-${createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 24)}`;
  const session = await payments.gateway.createCheckoutSession(params, idempotencyKey).catch((err: unknown) => {
    services.logger.error({ err, reservationId: ctx.reservation.id }, 'Stripe refused to create a checkout session');
    throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
  });
  if (!session.url) throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again');

  const previous = await services.db.transaction(async (tx) => {
    const [row] = await tx
      .select({ status: slotReservations.status, checkoutSessionId: slotReservations.checkoutSessionId })
      .from(slotReservations)
      .where(eq(slotReservations.id, ctx.reservation.id))
      .for('update');
    if (row?.status !== 'held') return { stale: true as const };
    await tx
      .update(slotReservations)
      .set({ customer, checkoutSessionId: session.id, updatedAt: services.now() })
      .where(and(eq(slotReservations.id, ctx.reservation.id), eq(slotReservations.status, 'held')));
    return { stale: false as const, checkoutSessionId: row.checkoutSessionId };
  });
  if (previous.stale) {
    // The hold ended while Stripe answered: nobody may pay for it.
    await payments.expireCheckoutSession(session.id);
    throw badInput('This hold has ended; please choose your slot again', { reason: 'HOLD_ENDED' });
  }
  if (previous.checkoutSessionId && previous.checkoutSessionId !== session.id) {
    await payments.expireCheckoutSession(previous.checkoutSessionId);
  }
  return { url: session.url, checkoutSessionId: session.id };
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

async function checkoutParams(
  services: AppServices,
  ctx: ReservationContext,
  customer: ReservationCustomer,
  successUrl: string,
  cancelUrl: string,
  useStripePrices: boolean,
): Promise<CheckoutCreateParams> {
  const { reservation, session, activity, venue } = ctx;
  // A ticket is sold at its Stripe price only while that price is still the tier's current one
  // (same amount); otherwise (price changed since the hold, or keyless) at the held amount.
  const current = await services.db.select().from(activityPrices).where(eq(activityPrices.activityId, activity.id));
  const currentById = new Map(current.map((p) => [p.id, p]));
  const currency = reservation.currency.toLowerCase();
  const lineItems: NonNullable<CheckoutCreateParams['line_items']> = reservation.tickets
    .filter((t) => t.quantity > 0)
    .map((t) => {
      const now = currentById.get(t.priceId);
      const priceId =
        t.stripePriceId && now?.stripePriceId === t.stripePriceId && now.amountCents === t.unitAmountCents
          ? t.stripePriceId
          : null;
      if (useStripePrices && priceId) return { price: priceId, quantity: t.quantity };
      return {
        quantity: t.quantity,
        price_data: {
          currency,
          unit_amount: t.unitAmountCents,
          ...(useStripePrices && activity.stripeProductId
            ? { product: activity.stripeProductId }
            : { product_data: { name: `${activity.name} – ${t.name}`, metadata: { tier_type: t.tier } } }),
        },
      };
    });
  return {
    mode: 'payment',
    line_items: lineItems,
    customer_email: customer.email,
    client_reference_id: reservation.id,
    success_url: successUrl,
    cancel_url: cancelUrl,
    expires_at: Math.floor(reservation.expiresAt.getTime() / 1000) + 31 * 60,
    metadata: {
      activity_id: activity.id,
      venue_id: venue.id,
      organization_id: activity.organizationId,
      session_id: session.id,
      reservation_id: reservation.id,
      booking_date: session.localDate,
      start_time: localTime(session.startsAt, venue.timezone),
      end_time: localTime(session.endsAt, venue.timezone),
      party_size: String(reservation.partySize),
      customer_name: customer.name.slice(0, 500),
      customer_phone: customer.phone ?? '',
    },
    payment_intent_data: { metadata: { reservation_id: reservation.id, organization_id: activity.organizationId } },
  };
}
