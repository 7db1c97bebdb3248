import { eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { bookings, slotReservations, type Booking, type BookingLineItem } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { confirmReservation, type ConfirmOutcome } from '../reservations/confirm.ts';
import { AppError } from '../../errors.ts';
import { availabilityTopic, notifyChange } from '../../realtime/topics.ts';
import type { Logger } from '../../observability/logger.ts';
import { newBookingNumber } from './booking-number.ts';
import { loadReservationContext, type ReservationContext } from './reservation-context.ts';
import { confirmationEmail, refundedEmail } from './emails.ts';
import type { CheckoutSessionView } from '../../payments/gateway.ts';
import { enqueue } from '../../outbox/outbox.ts';
import { recordAlert } from '../../observability/alerts.ts';

export type CompletionResult =
  /** `created` is false when the other path (webhook / success page) got there first. */
  | {
      readonly kind: 'booked';
      readonly booking: Booking;
      readonly created: boolean;
      readonly outboxIds: readonly string[];
    }
  /** Paid, but the seats were gone (or the reservation was already paid through another session): refund queued. */
  | { readonly kind: 'refunded'; readonly booking: Booking | null; readonly outboxIds: readonly string[] }
  | { readonly kind: 'ignored'; readonly reason: string };

/**
 * Turns a paid Checkout Session into a booking, inside the caller's
 * transaction. The webhook and confirmCheckout both come here; UNIQUE
 * (reservation_id) and UNIQUE (stripe_checkout_session_id) plus the session
 * row lock taken by confirmReservation make them converge on one booking.
 * Money is never lost (DESIGN.md §4.3): a payment for a hold that ended
 * re-acquires the seats if it can, otherwise the booking is recorded as
 * `refunded` and a refund is queued in the same transaction.
 */
export async function completeCheckout(
  tx: Tx,
  logger: Logger,
  session: CheckoutSessionView,
): Promise<CompletionResult> {
  const [done] = await tx.select().from(bookings).where(eq(bookings.stripeCheckoutSessionId, session.id));
  if (done) return { kind: 'booked', booking: done, created: false, outboxIds: [] };
  const reservationId = await findReservationId(tx, session);
  if (!reservationId) return { kind: 'ignored', reason: 'no reservation for this checkout session' };

  let outcome: ConfirmOutcome;
  try {
    outcome = await confirmReservation(tx, reservationId);
  } catch (err) {
    if (err instanceof AppError && err.code === 'NOT_FOUND')
      return { kind: 'ignored', reason: 'reservation not found' };
    throw err;
  }
  const ctx = (await loadReservationContext(tx, reservationId))!;

  if (outcome.kind === 'already-confirmed') {
    const [existing] = await tx.select().from(bookings).where(eq(bookings.reservationId, reservationId));
    if (existing?.stripeCheckoutSessionId === session.id)
      return { kind: 'booked', booking: existing, created: false, outboxIds: [] };
    if (existing) {
      // A second Checkout session of the same hold was paid too: the seats are booked once, this money goes back.
      logger.error(
        { reservationId, checkoutSessionId: session.id, bookingId: existing.id },
        'duplicate payment for a booked reservation; refunding it',
      );
      await recordAlert(tx, {
        organizationId: ctx.activity.organizationId,
        kind: 'REFUND_ISSUED',
        message: 'A second payment for an already booked hold is being refunded',
        details: {
          reservationId,
          bookingId: existing.id,
          checkoutSessionId: session.id,
          paymentIntentId: session.paymentIntentId,
        },
      });
      return { kind: 'refunded', booking: null, outboxIds: await queueRefund(tx, ctx, session, null) };
    }
  }

  const status = outcome.kind === 'no-capacity' ? 'refunded' : 'confirmed';
  const inserted = await insertBooking(tx, ctx, session, status);
  if (!inserted.created) return { kind: 'booked', booking: inserted.booking, created: false, outboxIds: [] };
  const booking = inserted.booking;
  const customer = ctx.reservation.customer ?? {
    name: session.metadata.customer_name ?? '',
    email: session.customerEmail ?? ctx.reservation.email,
  };
  await notifyChange(tx, availabilityTopic(ctx.session.activityId, ctx.session.localDate));

  if (status === 'refunded') {
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
    const outboxIds = await queueRefund(tx, ctx, session, booking.id);
    outboxIds.push(
      await enqueue(tx, ctx.activity.organizationId, {
        kind: 'email',
        payload: refundedEmail(customer.email, customer.name, booking, ctx),
      }),
    );
    return { kind: 'refunded', booking, outboxIds };
  }
  const emailId = await enqueue(tx, ctx.activity.organizationId, {
    kind: 'email',
    payload: confirmationEmail(customer.email, customer.name, booking, ctx),
  });
  return { kind: 'booked', booking, created: true, outboxIds: [emailId] };
}

async function findReservationId(tx: Tx, session: CheckoutSessionView): Promise<string | null> {
  const fromMetadata = session.metadata.reservation_id;
  if (fromMetadata && isUuid(fromMetadata)) return fromMetadata;
  const [row] = await tx
    .select({ id: slotReservations.id })
    .from(slotReservations)
    .where(eq(slotReservations.checkoutSessionId, session.id));
  return row?.id ?? null;
}

async function queueRefund(
  tx: Tx,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  bookingId: string | null,
): Promise<string[]> {
  if (!session.paymentIntentId) return [];
  const payload = { paymentIntentId: session.paymentIntentId, idempotencyKey: `refund-${session.id}`, bookingId };
  return [await enqueue(tx, ctx.activity.organizationId, { kind: 'stripe_refund', payload })];
}

async function upsertCustomer(
  tx: Tx,
  organizationId: string,
  c: { name: string; email: string; phone?: string | null },
): Promise<string> {
  const [row] = await queryRows<{ id: string }>(
    tx,
    sql`insert into customers (organization_id, email, name, phone)
        values (${organizationId}, ${c.email}, ${c.name || null}, ${c.phone ?? null})
        on conflict (organization_id, lower(email))
        do update set name = coalesce(excluded.name, customers.name), phone = coalesce(excluded.phone, customers.phone)
        returning id`,
  );
  return row!.id;
}

/**
 * Inserts the booking unless one exists for this reservation. ON CONFLICT DO
 * NOTHING covers every unique key: a concurrent insert for the same
 * reservation is found by the re-read; anything else is a booking-number
 * collision and is retried with a new number.
 */
async function insertBooking(
  tx: Tx,
  ctx: ReservationContext,
  session: CheckoutSessionView,
  status: 'confirmed' | 'refunded',
) {
  const { reservation, activity } = ctx;
  const customer = reservation.customer ?? {
    name: session.metadata.customer_name ?? '',
    email: session.customerEmail ?? reservation.email,
  };
  const customerId = await upsertCustomer(tx, activity.organizationId, customer);
  const lineItems: BookingLineItem[] = reservation.tickets.map((t) => ({
    tier: t.tier,
    name: t.name,
    quantity: t.quantity,
    unitAmountCents: t.unitAmountCents,
    totalCents: t.unitAmountCents * t.quantity,
  }));
  for (let attempt = 0; attempt < 8; attempt++) {
    const [created] = await tx
      .insert(bookings)
      .values({
        bookingNumber: newBookingNumber(),
        organizationId: activity.organizationId,
        sessionId: reservation.sessionId,
        reservationId: reservation.id,
        customerId,
        partySize: reservation.partySize,
        lineItems,
        totalCents: reservation.totalCents,
        currency: reservation.currency,
        status,
        waiverAccepted: reservation.waiverAccepted,
        stripeCheckoutSessionId: session.id,
        stripePaymentIntentId: session.paymentIntentId,
        cancelledAt: status === 'refunded' ? sql`now()` : null,
      } as typeof bookings.$inferInsert)
      .onConflictDoNothing()
      .returning();
    if (created) return { booking: created, created: true };
    const [existing] = await tx.select().from(bookings).where(eq(bookings.reservationId, reservation.id));
    if (existing) return { booking: existing, created: false };
  }
  throw new Error('could not allocate a unique booking number');
}
