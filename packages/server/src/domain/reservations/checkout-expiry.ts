import type { Logger } from '../../observability/logger.ts';
import { isPaid } from '../../payments/gateway.ts';
import type { Payments } from '../../payments/payments.ts';
import type { SettlePaidCheckout } from '../services.ts';

/** What ending a hold's Checkout needs: the payments' expiry (which never throws), a logger and the settlement. */
export interface CheckoutExpiry {
  readonly payments: Pick<Payments, 'expireCheckoutSession'>;
  readonly logger: Logger;
  /** Absent only in tests that stub payments; then a paid Checkout is left to the periodic reconciler. */
  readonly settlePaidCheckout?: SettlePaidCheckout;
}

/**
 * A released hold must not stay payable: expire its Stripe Checkout session.
 * Runs after the commit that released it and never throws. When the gateway
 * says the session is no longer open because it was paid (its webhook lost,
 * late, or the process that should have handled it killed), the payment is
 * settled here and now — the seats re-acquired or the money refunded — not
 * left to an event that may never come.
 */
export function expireCheckoutsAfterCommit(
  services: CheckoutExpiry,
  checkoutSessionIds: readonly string[],
): Promise<void> {
  if (checkoutSessionIds.length === 0) return Promise.resolve();
  return Promise.all(checkoutSessionIds.map((id) => expireOne(services, id))).then(() => undefined);
}

async function expireOne(services: CheckoutExpiry, checkoutSessionId: string): Promise<void> {
  try {
    const closed = await services.payments.expireCheckoutSession(checkoutSessionId);
    if (!closed || !isPaid(closed)) return;
    services.logger.warn({ checkoutSessionId }, 'the checkout of an ended hold was paid; settling it now');
    await services.settlePaidCheckout?.(closed, 'expiry');
  } catch (err) {
    services.logger.warn({ err, checkoutSessionId }, 'could not end the checkout session of a released hold');
  }
}
