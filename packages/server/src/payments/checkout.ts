import { createHash } from 'node:crypto';
import { localTimeOf } from '@slotkit/core/schedule';
import type {
  Activity,
  ActivityPrice,
  ActivitySession,
  ReservationCustomer,
  SlotReservation,
  Venue,
} from '../db/schema/index.ts';
import type { CheckoutCreateParams } from './gateway.ts';

export interface CheckoutParamsInput {
  /** A live hold and what it is for. */
  readonly reservation: SlotReservation;
  readonly session: ActivitySession;
  readonly activity: Activity;
  readonly venue: Venue;
  /** The activity's prices now: a ticket keeps its Stripe price only while that price still sells at the held amount.
   * */
  readonly currentPrices: readonly ActivityPrice[];
  readonly customer: ReservationCustomer;
  readonly successUrl: string;
  readonly cancelUrl: string;
  /** false in keyless development: every line carries its amount and name. */
  readonly useStripePrices: boolean;
  /** The hold's discount as a Stripe coupon (gateway.createCoupon), when it has one. */
  readonly couponId?: string | null;
}

/** A ticket line as Stripe sees it: a GROUP price is one line of quantity 1, whatever the party size. */
interface PricedLine {
  readonly name: string;
  readonly quantity: number;
  readonly per?: 'person' | 'group';
}

export const checkoutLineQuantity = (line: PricedLine): number => (line.per === 'group' ? 1 : line.quantity);

export const checkoutLineName = (activityName: string, line: PricedLine): string =>
  `${activityName} – ${line.name}${line.per === 'group' ? ` (group of ${line.quantity})` : ''}`;

/**
 * The Checkout Session for a hold: its lines at the held amounts, the hold's
 * ids and the customer in metadata, and `expires_at` derived from the hold
 * (its end + 31 min, at least Stripe's 30-minute minimum, and the same on a
 * retry, so a retry's parameters and Idempotency-Key are the same too).
 */
export function checkoutParams(input: CheckoutParamsInput): CheckoutCreateParams {
  const { reservation, session, activity, venue, customer } = input;
  const currentById = new Map(input.currentPrices.map((p) => [p.id, p]));
  const currency = reservation.currency.toLowerCase();
  const lineItems: NonNullable<CheckoutCreateParams['line_items']> = reservation.tickets
    .filter((t) => t.quantity > 0)
    .map((t) => {
      const quantity = checkoutLineQuantity(t);
      const now = currentById.get(t.priceId);
      const priceId =
        t.stripePriceId && now?.stripePriceId === t.stripePriceId && now.amountCents === t.unitAmountCents
          ? t.stripePriceId
          : null;
      if (input.useStripePrices && priceId) return { price: priceId, quantity };
      return {
        quantity,
        price_data: {
          currency,
          unit_amount: t.unitAmountCents,
          ...(input.useStripePrices && activity.stripeProductId
            ? { product: activity.stripeProductId }
            : {
                product_data: {
                  name: checkoutLineName(activity.name, t),
                  metadata: { tier_type: t.tier },
                },
              }),
        },
      };
    });
  return {
    mode: 'payment',
    line_items: lineItems,
    ...(input.couponId ? { discounts: [{ coupon: input.couponId }] } : {}),
    customer_email: customer.email,
    client_reference_id: reservation.id,
    success_url: input.successUrl,
    cancel_url: input.cancelUrl,
    expires_at: Math.floor(reservation.expiresAt.getTime() / 1000) + 31 * 60,
    metadata: {
      activity_id: activity.id,
      venue_id: venue.id,
      organization_id: activity.organizationId,
      session_id: session.id,
      reservation_id: reservation.id,
      ...(reservation.giftCardCents > 0 ? { gift_card_cents: String(reservation.giftCardCents) } : {}),
      booking_date: session.localDate,
      start_time: localTimeOf(venue.timezone, session.startsAt),
      end_time: localTimeOf(venue.timezone, session.endsAt),
      party_size: String(reservation.partySize),
      ...(reservation.discountCents > 0 ? { discount_cents: String(reservation.discountCents) } : {}),
      customer_name: customer.name.slice(0, 500),
      customer_phone: customer.phone ?? '',
    },
    payment_intent_data: { metadata: { reservation_id: reservation.id, organization_id: activity.organizationId } },
  };
}

/** What the parameters of a Checkout come to; stored in its metadata as `checkout_digest`. */
export function checkoutDigest(params: CheckoutCreateParams): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 24);
}

/**
 * The same hold, parameters and predecessor give the same key (Stripe answers a retry with the same
 * session). The predecessor is part of it: once a Checkout is expired to make way for another, going back
 * to its parameters must create a new session, not replay the expired one.
 */
export function checkoutIdempotencyKey(reservationId: string, digest: string, previousId: string | null): string {
  return `checkout-${reservationId}-${digest}${previousId ? `-after-${previousId}` : ''}`;
}
