import { checkSlotAvailability } from '../../domain/availability/slot-check.ts';
import {
  checkCapacityHealth,
  releaseHold,
  reserveSlot,
  type ReservationView,
  type ReserveOutcome,
} from '../../domain/reservations/index.ts';
import type * as G from '../generated/resolvers-types.ts';
import { requireOrganization } from '../auth.ts';
import { fromPriceTier } from '../mappers.ts';

export const toReservation = (r: ReservationView): G.Reservation => ({
  __typename: 'Reservation',
  id: r.id,
  sessionId: r.sessionId,
  partySize: r.partySize,
  status: r.status.toUpperCase() as G.ReservationStatus,
  expiresAt: r.expiresAt.toISOString(),
  totalCents: r.totalCents,
  currency: r.currency,
  discountCents: r.discountCents,
});

function toResult(outcome: ReserveOutcome): G.ReserveSlotResult {
  switch (outcome.type) {
    case 'Reservation':
      return toReservation(outcome.reservation);
    case 'SlotUnavailable':
      return { __typename: 'SlotUnavailable', remaining: outcome.remaining, message: outcome.message };
    case 'InvalidReservation':
      return {
        __typename: 'InvalidReservation',
        reason: outcome.reason,
        message: outcome.message,
        retryAfterSeconds: outcome.retryAfterSeconds ?? null,
      };
  }
}

/** slotkit_holds_total{event="created"} (an idempotent replay answers the same hold and counts again). */
function countHold(
  services: { metrics: { holds: { inc(labels: { event: string }): void } } },
  outcome: ReserveOutcome,
): G.ReserveSlotResult {
  if (outcome.type === 'Reservation') services.metrics.holds.inc({ event: 'created' });
  return toResult(outcome);
}

export const reservationResolvers: G.Resolvers = {
  Query: {
    checkSlotAvailability: (_parent, args, { services }) =>
      checkSlotAvailability(services.db, args.sessionId, args.partySize, services.now()),
    capacityHealth: (_parent, _args, { services, caller }) =>
      checkCapacityHealth(services.db, requireOrganization(caller)) as Promise<G.CapacityHealth>,
  },
  Mutation: {
    reserveSlot: async (_parent, { input }, { services, request }) =>
      countHold(
        services,
        await reserveSlot(
          services,
          {
            sessionId: input.sessionId,
            tickets: input.tickets.map((t) => ({
              tier: t.tier ? fromPriceTier(t.tier) : null,
              priceId: t.priceId ?? null,
              quantity: t.quantity,
            })),
            email: input.email,
            idempotencyKey: input.idempotencyKey,
            waiverAccepted: input.waiverAccepted ?? null,
            minAgeAccepted: input.minAgeAccepted ?? null,
            locale: input.locale ?? null,
            promoCode: input.promoCode ?? null,
          },
          { ip: request.ip },
        ),
      ),
    releaseReservation: (_parent, args, { services }) => releaseHold(services, args.reservationId),
  },
  ReserveSlotResult: {
    __resolveType: (parent) => parent.__typename!,
  },
};
