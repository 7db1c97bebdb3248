import { AppError, ErrorCode, badInput } from '../../errors.ts';
import { isPaid, type CheckoutSessionView } from '../../payments/gateway.ts';
import type { DomainServices } from '../services.ts';

type Services = Pick<DomainServices, 'logger' | 'payments'>;

const alreadyPaid = () => badInput('This hold is already paid', { reason: 'ALREADY_CONFIRMED' });

/**
 * One hold has at most one payable Checkout at a time (issue 16 item 2). Before a new Checkout is
 * created, the hold's current one is either handed back (still open, same parameters: a retry) or
 * expired at Stripe. A current one that is paid (or cannot be expired because it is being paid)
 * refuses the new Checkout: its payment books the hold.
 */
export async function settlePreviousCheckout(
  services: Services,
  previousId: string,
  digest: string,
): Promise<CheckoutSessionView | undefined> {
  const previous = await retrieve(services, previousId);
  if (!previous || previous.status === 'expired') return undefined;
  if (isPaid(previous) || previous.status === 'complete') throw alreadyPaid();
  if (previous.metadata.checkout_digest === digest && previous.url) return previous;
  try {
    await services.payments.gateway.expireCheckoutSession(previousId);
    return undefined;
  } catch (err) {
    const now = await retrieve(services, previousId);
    if (!now || now.status === 'expired') return undefined;
    if (isPaid(now) || now.status === 'complete') throw alreadyPaid();
    services.logger.error({ err, checkoutSessionId: previousId }, 'could not expire the previous Checkout of a hold');
    throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
  }
}

async function retrieve(services: Services, id: string): Promise<CheckoutSessionView | null> {
  return services.payments.gateway.retrieveCheckoutSession(id).catch((err: unknown) => {
    services.logger.error({ err, checkoutSessionId: id }, 'could not retrieve a checkout session from Stripe');
    throw new AppError(ErrorCode.INTERNAL, 'The payment page could not be created; please try again', { cause: err });
  });
}
