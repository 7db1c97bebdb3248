import { eq } from 'drizzle-orm';
import { bookings, type Booking } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import type { DomainServices } from '../services.ts';
import { completeCheckout } from './complete.ts';
import { isPaid } from '../../payments/gateway.ts';
import { observeCompletion } from '../../observability/payment-signals.ts';

const SESSION_ID_RE = /^cs_[A-Za-z0-9_]{1,250}$/;

/**
 * The success page's confirmation (verify-checkout-session). Asks Stripe for
 * the session (never trusts the browser), then runs the same completion as
 * the webhook, so whichever arrives first books and the other finds it.
 */
export async function confirmCheckout(services: DomainServices, checkoutSessionId: string): Promise<Booking> {
  if (!SESSION_ID_RE.test(checkoutSessionId)) throw notFound('Checkout session');
  const [known] = await services.db
    .select()
    .from(bookings)
    .where(eq(bookings.stripeCheckoutSessionId, checkoutSessionId))
    .prepare('booking_by_checkout_session')
    .execute();
  if (known) return known;

  const { payments } = services;
  const session = await payments.gateway.retrieveCheckoutSession(checkoutSessionId).catch((err: unknown) => {
    services.logger.error({ err, checkoutSessionId }, 'could not retrieve a checkout session from Stripe');
    throw new AppError(ErrorCode.INTERNAL, 'The payment could not be checked; please try again', { cause: err });
  });
  if (!session) throw notFound('Checkout session');
  if (!isPaid(session))
    throw badInput('This checkout has not been paid', {
      reason: session.status === 'expired' ? 'CHECKOUT_EXPIRED' : 'NOT_PAID',
    });

  const result = await services.db.transaction((tx) =>
    completeCheckout(tx, services.logger, session, services.payments.publicUrl()),
  );
  if (result.kind === 'ignored') throw notFound('Reservation');
  observeCompletion(services, result);
  await services.outbox.deliver(result.outboxIds);
  if (result.booking) return result.booking;
  // A duplicate payment of an already booked hold: it is being refunded; show the booking it belongs to.
  const reservationId = session.metadata.reservation_id ?? '';
  if (!isUuid(reservationId)) throw notFound('Booking');
  const [booking] = await services.db
    .select()
    .from(bookings)
    .where(eq(bookings.reservationId, reservationId))
    .prepare('booking_by_reservation')
    .execute();
  if (!booking) throw notFound('Booking');
  return booking;
}
