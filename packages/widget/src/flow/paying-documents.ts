// The documents of the paying half of the flow (sdk/src/operations/public.graphql and gift-cards.graphql),
// in a chunk of their own: the controller imports them when a hold starts or a Checkout return arrives.
// They are copies: imported from the generated module they would sit in widget.js (that module is part of
// it), over its budget. documents.test.ts checks each is exactly its generated twin.
import type {
  TypedDocumentString,
  ReserveSlotMutation,
  ReserveSlotMutationVariables,
  ReleaseReservationMutation,
  ReleaseReservationMutationVariables,
  CreateCheckoutMutation,
  CreateCheckoutMutationVariables,
  ConfirmCheckoutMutation,
  ConfirmCheckoutMutationVariables,
  PriceQuoteQuery,
  PriceQuoteQueryVariables,
} from '@slotkit/sdk/generated';

import type { FlowEvent, Picked } from './state.ts';

export { BookWithGiftCardDocument } from '../gift-card/documents.ts';

export const ReserveSlotDocument = `
    mutation ReserveSlot($input: ReserveSlotInput!) {
  reserveSlot(input: $input) {
    __typename
    ... on Reservation {
      id
      sessionId
      partySize
      expiresAt
      status
      totalCents
      currency
      giftCardCents
      amountDueCents
      discountCents
    }
    ... on SlotUnavailable {
      remaining
      message
    }
    ... on InvalidReservation {
      reason
      message
      retryAfterSeconds
    }
  }
}
    ` as unknown as TypedDocumentString<ReserveSlotMutation, ReserveSlotMutationVariables>;

export const ReleaseReservationDocument = `
    mutation ReleaseReservation($reservationId: ID!) {
  releaseReservation(reservationId: $reservationId)
}
    ` as unknown as TypedDocumentString<ReleaseReservationMutation, ReleaseReservationMutationVariables>;

export const CreateCheckoutDocument = `
    mutation CreateCheckout($input: CreateCheckoutInput!) {
  createCheckout(input: $input) {
    url
    checkoutSessionId
  }
}
    ` as unknown as TypedDocumentString<CreateCheckoutMutation, CreateCheckoutMutationVariables>;

export const ConfirmCheckoutDocument = `
    mutation ConfirmCheckout($checkoutSessionId: String!) {
  confirmCheckout(checkoutSessionId: $checkoutSessionId) {
    id
    bookingNumber
    status
    partySize
    totalCents
    currency
    startsAt
    endsAt
    activityName
    customerEmail
    lineItems {
      tier
      name
      quantity
      unitAmountCents
      totalCents
    }
    venue {
      name
      timezone
      address
    }
  }
}
    ` as unknown as TypedDocumentString<ConfirmCheckoutMutation, ConfirmCheckoutMutationVariables>;

export const PriceQuoteDocument = `
    query PriceQuote($input: PriceQuoteInput!) {
  priceQuote(input: $input) {
    subtotalCents
    discountCents
    totalCents
    currency
    promoCodeError
    promoCodeMessage
  }
}
    ` as unknown as TypedDocumentString<PriceQuoteQuery, PriceQuoteQueryVariables>;

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
