import type { Logger } from '../../observability/logger.ts';
import type { Payments } from '../../payments/payments.ts';

/** What ending a hold's Checkout needs: the payments' expiry (which never throws) and a logger. */
export interface CheckoutExpiry {
  readonly payments: Pick<Payments, 'expireCheckoutSession'>;
  readonly logger: Logger;
}

/**
 * A released hold must not stay payable: expire its Stripe Checkout session.
 * Runs after the commit that released it, never throws and never delays the
 * caller (a payment that still slips through re-acquires or is refunded).
 */
export function expireCheckoutsAfterCommit(
  services: CheckoutExpiry,
  checkoutSessionIds: readonly string[],
): Promise<void> {
  if (checkoutSessionIds.length === 0) return Promise.resolve();
  return Promise.all(
    checkoutSessionIds.map((id) =>
      services.payments.expireCheckoutSession(id).catch((err: unknown) => {
        services.logger.warn(
          { err, checkoutSessionId: id },
          'could not expire the checkout session of a released hold',
        );
      }),
    ),
  ).then(() => undefined);
}
