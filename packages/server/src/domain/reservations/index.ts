export * from './types.ts';
export { reserveSlot } from './reserve.ts';
export {
  priceTickets,
  MAX_TICKET_LINES,
  MAX_TICKET_QUANTITY,
  type PricedTickets,
  type PricingActivity,
} from './pricing.ts';
export { confirmReservation, type ConfirmOutcome } from './confirm.ts';
export { releaseReservation, cancelConfirmedReservation, releaseHold, type ReleaseResult } from './release.ts';
export {
  findCapacityMismatches,
  checkCapacityHealth,
  type CapacityMismatch,
  type CapacityHealth,
} from './capacity-check.ts';
export { expireCheckoutsAfterCommit } from './checkout-expiry.ts';
