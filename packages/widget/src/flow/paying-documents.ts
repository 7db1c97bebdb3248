// The documents of the paying half of the flow, in a chunk of their own: the
// controller imports them when a hold starts or a Checkout return arrives.
export {
  ConfirmCheckoutDocument,
  CreateCheckoutDocument,
  PriceQuoteDocument,
  ReleaseReservationDocument,
  ReserveSlotDocument,
} from '@slotkit/sdk/generated';
