import type { Tx } from '../../db/client.ts';
import { isUuid } from '../../db/ids.ts';
import { recordAlert } from '../../observability/alerts.ts';
import { observeCompletion } from '../../observability/payment-signals.ts';
import { isPaid, type CheckoutSessionView } from '../../payments/gateway.ts';
import type { DomainServices, ReconcileSource } from '../services.ts';
import { completeGiftCardPurchase, isGiftCardCheckout } from '../gift-cards/purchase.ts';
import { completeCheckout, type CompletionResult } from './complete.ts';
import { clearUnreconciled, markUnreconciled, settledCheckoutIds } from './reconciliation-state.ts';

type Services = Pick<DomainServices, 'db' | 'logger' | 'metrics' | 'outbox' | 'now' | 'payments'>;

/** What settling one paid Checkout came to. */
export type SettleOutcome =
  /** Booked or refunded here: its event had not arrived (an alert says so). */
  | 'booked'
  | 'refunded'
  /** Its webhook or success page (or another instance) had settled it already: nothing done. */
  | 'already-settled'
  /** Not settled (no reservation, or the completion failed): remembered for the next pass and the alert. */
  | 'unsettled'
  | 'not-paid';

/**
 * Reconciliation (issue 23): a Checkout the gateway says is paid becomes a
 * booking — or, when the seats are gone, a `refunded` booking with a queued
 * refund — through the very completion the webhook runs, whichever path
 * finds it: the expiry of its hold or the periodic reconciler. Converges with
 * the webhook and confirmCheckout on one booking (the session-row lock and
 * the unique keys in completeCheckout). Never throws.
 */
export async function settlePaidCheckout(
  services: Services,
  session: CheckoutSessionView,
  source: ReconcileSource,
): Promise<SettleOutcome> {
  if (!isPaid(session)) return 'not-paid';
  if (isGiftCardCheckout(session)) return settleGiftCardPurchase(services, session);
  try {
    const result = await services.db.transaction(async (tx) => {
      if ((await settledCheckoutIds(tx, [session.id])).size > 0) return null;
      const completion = await completeCheckout(tx, services.logger, session, services.payments.publicUrl());
      if (completion.kind === 'ignored') return completion;
      if (completion.created) await recordReconciledAlert(tx, session, completion, source);
      await clearUnreconciled(tx, session.id);
      return completion;
    });
    if (!result) return 'already-settled';
    if (result.kind === 'ignored') {
      await markUnreconciled(services.db, session, result.reason, services.now());
      services.logger.error(
        { checkoutSessionId: session.id, reason: result.reason },
        'a paid checkout cannot be settled',
      );
      return 'unsettled';
    }
    observeCompletion(services, result);
    await services.outbox.deliver(result.outboxIds);
    if (!result.created) return 'already-settled';
    services.metrics.paymentsReconciled.inc({ source, outcome: result.kind });
    services.logger.warn(
      { checkoutSessionId: session.id, source, outcome: result.kind, bookingId: result.booking?.id },
      'settled a paid checkout whose event had not arrived',
    );
    return result.kind;
  } catch (err) {
    services.logger.error({ err, checkoutSessionId: session.id, source }, 'settling a paid checkout failed');
    await markUnreconciled(
      services.db,
      session,
      err instanceof Error ? err.message : String(err),
      services.now(),
    ).catch((markErr: unknown) => services.logger.error({ err: markErr }, 'could not remember an unsettled payment'));
    return 'unsettled';
  }
}

function recordReconciledAlert(
  tx: Tx,
  session: CheckoutSessionView,
  completion: Exclude<CompletionResult, { kind: 'ignored' }>,
  source: ReconcileSource,
): Promise<string> {
  const booking = completion.booking;
  const what =
    completion.kind === 'booked'
      ? `booked as ${booking?.bookingNumber}`
      : `refunded${booking ? ` (booking ${booking.bookingNumber})` : ''}`;
  return recordAlert(tx, {
    organizationId: booking?.organizationId ?? organizationOf(session),
    kind: 'PAYMENT_RECONCILED',
    message: `A paid Checkout had no webhook event; reconciliation (${source}) ${what}`,
    details: {
      source,
      outcome: completion.kind,
      checkoutSessionId: session.id,
      paymentIntentId: session.paymentIntentId,
      reservationId: session.metadata.reservation_id,
      bookingId: booking?.id,
    },
  });
}

function organizationOf(session: CheckoutSessionView): string | null {
  const id = session.metadata.organization_id;
  return id && isUuid(id) ? id : null;
}

/** A paid gift card Checkout the reconciler finds: issued (and emailed) if its webhook never did it. */
async function settleGiftCardPurchase(services: Services, session: CheckoutSessionView): Promise<SettleOutcome> {
  try {
    const result = await services.db.transaction((tx) =>
      completeGiftCardPurchase(tx, session, services.payments.publicUrl()),
    );
    if (result.kind === 'ignored') {
      await markUnreconciled(services.db, session, result.reason, services.now());
      return 'unsettled';
    }
    await services.outbox.deliver(result.outboxIds);
    return result.created ? 'booked' : 'already-settled';
  } catch (err) {
    services.logger.error({ err, checkoutSessionId: session.id }, 'settling a gift card checkout failed');
    return 'unsettled';
  }
}
