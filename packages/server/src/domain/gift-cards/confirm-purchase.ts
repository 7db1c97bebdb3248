import { eq } from 'drizzle-orm';
import { giftCards, type GiftCard } from '../../db/schema/index.ts';
import { AppError, ErrorCode, badInput, notFound } from '../../errors.ts';
import { isPaid } from '../../payments/gateway.ts';
import type { DomainServices } from '../services.ts';
import { completeGiftCardPurchase, isGiftCardCheckout } from './purchase.ts';

const SESSION_ID_RE = /^cs_[A-Za-z0-9_]{1,250}$/;

/**
 * The gift card success page: asks the gateway for the Checkout (never trusts the browser), then runs
 * the webhook's completion, so whichever arrives first issues the card and the other finds it.
 */
export async function confirmGiftCardPurchase(
  services: Pick<DomainServices, 'db' | 'logger' | 'payments' | 'outbox'>,
  checkoutSessionId: string,
): Promise<GiftCard> {
  if (!SESSION_ID_RE.test(checkoutSessionId)) throw notFound('Checkout session');
  const [known] = await services.db
    .select()
    .from(giftCards)
    .where(eq(giftCards.stripeCheckoutSessionId, checkoutSessionId));
  if (known) return known;
  const session = await services.payments.gateway.retrieveCheckoutSession(checkoutSessionId).catch((err: unknown) => {
    services.logger.error({ err, checkoutSessionId }, 'could not retrieve a gift card checkout from Stripe');
    throw new AppError(ErrorCode.INTERNAL, 'The payment could not be checked; please try again', { cause: err });
  });
  if (!session || !isGiftCardCheckout(session)) throw notFound('Checkout session');
  if (!isPaid(session))
    throw badInput('This checkout has not been paid', {
      reason: session.status === 'expired' ? 'CHECKOUT_EXPIRED' : 'NOT_PAID',
    });
  const result = await services.db.transaction((tx) =>
    completeGiftCardPurchase(tx, session, services.payments.publicUrl()),
  );
  if (result.kind === 'ignored') throw notFound('Gift card');
  await services.outbox.deliver(result.outboxIds);
  return result.card;
}
