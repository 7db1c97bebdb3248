// The documents of the paying half of the flow, in a chunk of their own: the
// controller imports them when a hold starts or a Checkout return arrives.
import { PriceQuoteDocument, type PriceQuoteQuery, type PriceQuoteQueryVariables } from '@slotkit/sdk/generated';
import type { FlowEvent, Picked } from './state.ts';

export {
  ConfirmCheckoutDocument,
  CreateCheckoutDocument,
  ReleaseReservationDocument,
  ReserveSlotDocument,
} from '@slotkit/sdk/generated';

type Ask = (doc: typeof PriceQuoteDocument, vars: PriceQuoteQueryVariables) => Promise<PriceQuoteQuery>;

/** The Apply button's answer as a flow event: the server's discount and total, or a refused code. */
export async function quotePromo(
  ask: Ask,
  s: Picked,
  tickets: PriceQuoteQueryVariables['input']['tickets'],
): Promise<FlowEvent> {
  const code = (s.promoCode ?? '').trim();
  const { priceQuote: q } = await ask(PriceQuoteDocument, {
    input: { activityId: s.activity.id, tickets, promoCode: code },
  });
  const promo = { code, discountCents: q.discountCents, totalCents: q.totalCents };
  return {
    type: 'promo',
    patch: q.promoCodeError ? { promo: undefined, promoError: true } : { promo, promoError: false },
  };
}
