/**
 * What capacity code needs from payments, without knowing Stripe. The
 * payments area provides the real implementation in services; until then the
 * no-op keeps holds releasable.
 */
export interface PaymentsPort {
  /** Expire the Checkout session of a released hold so it can no longer be paid. Never throws. */
  expireCheckoutSession(checkoutSessionId: string): Promise<void>;
}

export const noPayments: PaymentsPort = {
  async expireCheckoutSession() {},
};
