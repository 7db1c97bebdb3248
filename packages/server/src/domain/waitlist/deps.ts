import { expireCheckoutsAfterCommit } from '../reservations/checkout-expiry.ts';
import type { DomainServices } from '../services.ts';
import type { WaitlistDeps } from './join.ts';

/** The waitlist's view of the running process. */
export function waitlistDeps(
  services: Pick<DomainServices, 'db' | 'now' | 'payments' | 'outbox' | 'logger' | 'settlePaidCheckout'>,
): WaitlistDeps {
  return {
    db: services.db,
    now: () => services.now(),
    publicUrl: services.payments.publicUrl(),
    deliver: (ids) => services.outbox.deliver(ids),
    expireCheckouts: (ids) => expireCheckoutsAfterCommit(services, ids),
  };
}
