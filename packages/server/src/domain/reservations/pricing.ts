import type { ActivityPrice, ReservedTicket } from '../../db/schema/index.ts';
import { badInput } from '../../errors.ts';
import { isUuid } from '../../db/ids.ts';
import { finalAmounts } from './discounts.ts';
import { invalid, InvalidReason, type ReserveOutcome, type TicketRequest } from './types.ts';

/** Caps that keep one request from being absurd; party limits come from the activity. */
export const MAX_TICKET_LINES = 10;
export const MAX_TICKET_QUANTITY = 100;

/** The part of an activity a hold is validated against. */
export interface PricingActivity {
  readonly status: 'active' | 'archived';
  readonly minParty: number;
  readonly maxParty: number;
  readonly requiresWaiver: boolean;
  /** When set, the customer must confirm every participant is at least this old. */
  readonly minAge?: number | null;
  /** settings.minNoticeMinutes: holds closer than this to the start are TOO_LATE (absent: 0). */
  readonly minNoticeMinutes?: number;
  /** settings.bookingMode: 'private' → one hold takes the whole session (absent: shared). */
  readonly bookingMode?: 'shared' | 'private';
}

export interface PricedTickets {
  readonly partySize: number;
  readonly tickets: readonly ReservedTicket[];
  /** Σ lines before any discount (discounts.ts turns it into the booking's total). */
  readonly totalCents: number;
  readonly currency: string;
}

export type PricingResult =
  { readonly ok: true; readonly priced: PricedTickets } | { readonly ok: false; readonly outcome: ReserveOutcome };

/**
 * Turns requested tickets into priced lines from the activity's ACTIVE prices
 * (the client never sends amounts). Malformed input throws BAD_USER_INPUT;
 * expected refusals come back as InvalidReservation outcomes.
 */
export function priceTickets(
  activity: PricingActivity,
  prices: readonly ActivityPrice[],
  request: {
    readonly tickets: readonly TicketRequest[];
    readonly waiverAccepted?: boolean | null;
    readonly minAgeAccepted?: boolean | null;
  },
): PricingResult {
  assertTicketShape(request.tickets);
  if (activity.status !== 'active') return refuse(InvalidReason.SESSION_CLOSED, 'This activity is no longer bookable');

  const lines = new Map<string, ReservedTicket>();
  for (const ticket of request.tickets) {
    if (ticket.quantity === 0) continue;
    const price = findPrice(prices, ticket);
    if (!price)
      return refuse(
        InvalidReason.UNKNOWN_PRICE,
        ticket.tier
          ? `There is no bookable ${ticket.tier} ticket with that price`
          : 'There is no bookable ticket with that price',
      );
    const line = lines.get(price.id);
    lines.set(price.id, {
      tier: price.tier,
      priceId: price.id,
      name: price.name,
      quantity: (line?.quantity ?? 0) + ticket.quantity,
      unitAmountCents: price.amountCents,
      stripePriceId: price.stripePriceId,
      per: price.per,
    });
  }
  const tickets = [...lines.values()];
  const partySize = tickets.reduce((n, t) => n + t.quantity, 0);
  if (partySize < activity.minParty) {
    return refuse(
      InvalidReason.PARTY_TOO_SMALL,
      `A booking needs at least ${activity.minParty} ${activity.minParty === 1 ? 'person' : 'people'}`,
    );
  }
  if (partySize > activity.maxParty) {
    return refuse(InvalidReason.PARTY_TOO_LARGE, `A booking can have at most ${activity.maxParty} people`);
  }
  const currencies = new Set(tickets.map((t) => prices.find((p) => p.id === t.priceId)!.currency.toUpperCase()));
  if (currencies.size > 1) return refuse(InvalidReason.UNKNOWN_PRICE, 'These tickets cannot be paid together');
  if (activity.requiresWaiver && request.waiverAccepted !== true) {
    return refuse(InvalidReason.WAIVER_REQUIRED, 'Please accept the waiver to book this activity');
  }
  if (activity.minAge && request.minAgeAccepted !== true) {
    return refuse(
      InvalidReason.MIN_AGE_REQUIRED,
      `Please confirm that everyone in your party is at least ${activity.minAge} years old`,
    );
  }
  return {
    ok: true,
    priced: {
      partySize,
      tickets,
      totalCents: finalAmounts({ lines: tickets }).subtotalCents,
      // An empty party never gets here (minParty >= 1), so there is one currency.
      currency: [...currencies][0]!,
    },
  };
}

const refuse = (reason: InvalidReason, message: string): PricingResult => ({
  ok: false,
  outcome: invalid(reason, message),
});

function assertTicketShape(tickets: readonly TicketRequest[]): void {
  if (tickets.length > MAX_TICKET_LINES)
    throw badInput(`At most ${MAX_TICKET_LINES} ticket lines`, { field: 'tickets' });
  for (const t of tickets) {
    if (!t.tier && !t.priceId) throw badInput('Each ticket needs a tier or a priceId', { field: 'tickets.tier' });
    if (!Number.isInteger(t.quantity) || t.quantity < 0 || t.quantity > MAX_TICKET_QUANTITY) {
      throw badInput(`Ticket quantity must be a whole number from 0 to ${MAX_TICKET_QUANTITY}`, {
        field: 'tickets.quantity',
      });
    }
  }
}

/**
 * A priceId names one of the activity's active prices (of `tier`, when that is
 * given too: the server infers the tier otherwise); a tier alone names the
 * activity's one ADULT or CHILD price, while CUSTOM needs the priceId.
 */
function findPrice(prices: readonly ActivityPrice[], ticket: TicketRequest): ActivityPrice | undefined {
  const bookable = prices.filter((p) => p.active && (!ticket.tier || p.tier === ticket.tier));
  if (ticket.priceId) return isUuid(ticket.priceId) ? bookable.find((p) => p.id === ticket.priceId) : undefined;
  return ticket.tier === 'custom' ? undefined : bookable[0];
}
