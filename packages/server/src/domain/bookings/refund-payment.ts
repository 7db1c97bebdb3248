import { sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import type { Booking } from '../../db/schema/index.ts';
import { recordAlert } from '../../observability/alerts.ts';
import type { Logger } from '../../observability/logger.ts';
import { enqueue } from '../../outbox/outbox.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { payingCustomer } from './customers.ts';
import { refundedEmail } from './emails.ts';
import { amountDueCents } from '../reservations/types.ts';
import type { ReservationContext } from './reservation-context.ts';

/** A paid Checkout that did not become a booking: the refund owed (queued in the caller's transaction). */
export interface RefundOutcome {
  readonly kind: 'refunded';
  readonly booking: Booking | null;
  /** false when an earlier settlement of this same payment (webhook, success page) had queued it already. */
  readonly created: boolean;
  readonly outboxIds: readonly string[];
}

const queuedEarlier: RefundOutcome = { kind: 'refunded', booking: null, created: false, outboxIds: [] };

/** The Idempotency-Key of the refund of a Checkout's payment: Stripe and the outbox dedupe on it. */
export const REFUND_KEY_PREFIX = 'refund-';
export const refundKeyOf = (checkoutSessionId: string): string => `${REFUND_KEY_PREFIX}${checkoutSessionId}`;

/** Whether the refund of this Checkout's payment is queued already (its Idempotency-Key is in the outbox). */
async function refundQueued(tx: Tx, checkoutSessionId: string): Promise<boolean> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`select id from outbox
        where kind = 'stripe_refund' and payload->>'idempotencyKey' = ${refundKeyOf(checkoutSessionId)} limit 1`,
  );
  return Boolean(row);
}

/**
 * Every paid Checkout ends in a booking or here: a `stripe_refund` outbox row
 * (Idempotency-Key `refund-<checkout id>`, so two paths can never refund it
 * twice) plus an alert row, both in the transaction that decided it.
 */
async function queueRefund(
  tx: Tx,
  organizationId: string | null,
  session: CheckoutSessionView,
  bookingId: string | null,
): Promise<string[]> {
  if (!session.paymentIntentId) return [];
  const payload = { paymentIntentId: session.paymentIntentId, idempotencyKey: refundKeyOf(session.id), bookingId };
  return [await enqueue(tx, organizationId, { kind: 'stripe_refund', payload })];
}

/** Why a paid Checkout cannot book its hold, or null when it is the hold's own Checkout at the held price. */
export function checkoutMismatch(ctx: ReservationContext, session: CheckoutSessionView): string | null {
  const { reservation } = ctx;
  if (reservation.checkoutSessionId !== session.id) return 'not the hold’s current Checkout session';
  // Checkout charges the total minus the gift card's share (checkout-amounts test).
  if (session.amountTotal !== amountDueCents(reservation)) return 'amount differs from the held total';
  if (session.currency?.toLowerCase() !== reservation.currency.toLowerCase()) return 'currency differs from the hold';
  return null;
}

/**
 * A paid Checkout that may not book its hold: a superseded or foreign session, another amount or
 * currency, or a hold that already has a booking (paid through another session). The seats are not
 * touched; the money goes back.
 */
export async function refundUnbookablePayment(
  tx: Tx,
  logger: Logger,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  why: string,
): Promise<RefundOutcome> {
  if (await refundQueued(tx, session.id)) return queuedEarlier;
  const reservationId = ctx.reservation.id;
  logger.error(
    { reservationId, checkoutSessionId: session.id, why },
    'a paid Checkout cannot book its hold; refunding',
  );
  await recordAlert(tx, {
    organizationId: ctx.activity.organizationId,
    kind: 'REFUND_ISSUED',
    message: `A payment that cannot book its hold is being refunded (${why})`,
    details: {
      reservationId,
      checkoutSessionId: session.id,
      paymentIntentId: session.paymentIntentId,
      amountTotal: session.amountTotal,
      currency: session.currency,
    },
  });
  return {
    kind: 'refunded',
    booking: null,
    created: true,
    outboxIds: await queueRefund(tx, ctx.activity.organizationId, session, null),
  };
}

/** The payment came after the hold ended and the seats were gone: recorded `refunded`, money and an email go back. */
export async function refundLatePayment(
  tx: Tx,
  logger: Logger,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  booking: Booking,
): Promise<RefundOutcome> {
  const reservationId = ctx.reservation.id;
  logger.warn(
    { reservationId, bookingId: booking.id, checkoutSessionId: session.id },
    'payment arrived after the seats were gone; refunding',
  );
  await recordAlert(tx, {
    organizationId: ctx.activity.organizationId,
    kind: 'PAYMENT_WITHOUT_BOOKING',
    message: `Payment for booking ${booking.bookingNumber} arrived after the seats were gone; a refund is issued`,
    details: {
      reservationId,
      bookingId: booking.id,
      bookingNumber: booking.bookingNumber,
      checkoutSessionId: session.id,
      paymentIntentId: session.paymentIntentId,
      totalCents: booking.totalCents,
      currency: booking.currency,
    },
  });
  const customer = payingCustomer(ctx.reservation, session);
  const outboxIds = await queueRefund(tx, ctx.activity.organizationId, session, booking.id);
  outboxIds.push(
    await enqueue(tx, ctx.activity.organizationId, {
      kind: 'email',
      payload: refundedEmail(customer.email, customer.name, booking, ctx),
    }),
  );
  return { kind: 'refunded', booking, created: true, outboxIds };
}

/**
 * A paid Checkout whose hold no longer exists (its venue was deleted, which cascades to holds): no seats
 * to give, so the refund is queued here instead of being left to an operator. Only for a Checkout of an
 * organization of this database: another deployment on the same Stripe account (staging) receives the
 * same events and lists the same sessions, and its payments are not ours to refund (undefined: left alone).
 */
export async function refundOrphanPayment(
  tx: Tx,
  logger: Logger,
  session: CheckoutSessionView,
): Promise<RefundOutcome | undefined> {
  const organizationId = await existingOrganization(tx, session.metadata.organization_id);
  if (!organizationId) return undefined;
  if (await refundQueued(tx, session.id)) return queuedEarlier;
  logger.error({ checkoutSessionId: session.id }, 'a paid Checkout matches no reservation; refunding');
  await recordAlert(tx, {
    organizationId,
    kind: 'PAYMENT_WITHOUT_BOOKING',
    message: 'A paid Checkout session matches no reservation (deleted venue?); a refund is issued',
    details: { checkoutSessionId: session.id, paymentIntentId: session.paymentIntentId, metadata: session.metadata },
  });
  return {
    kind: 'refunded',
    booking: null,
    created: true,
    outboxIds: await queueRefund(tx, organizationId, session, null),
  };
}

async function existingOrganization(tx: Tx, id: string | undefined): Promise<string | null> {
  if (!id || !isUuid(id)) return null;
  const [row] = await queryRows<{ id: string }>(tx, sql`select id from organizations where id = ${id}::uuid`);
  return row?.id ?? null;
}
