import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Booking } from '../../src/db/schema/index.ts';
import { payLaterParams } from '../../src/domain/bookings/pay-later.ts';
import type { ReservationContext } from '../../src/domain/bookings/reservation-context.ts';

/** The pay link's Checkout charges what the booking owes: a GROUP price once, a PERSON price per ticket. */
describe('pay later: the Checkout of an unpaid booking', () => {
  const ctx = {
    activity: { id: 'a1', name: 'Escape Room' },
    venue: { id: 'v1' },
    session: { id: 's1' },
  } as unknown as ReservationContext;
  const booking = {
    id: 'b1',
    reservationId: 'r1',
    organizationId: 'o1',
    bookingNumber: 'SK-TEST01',
    currency: 'USD',
    customerEmail: 'ana@example.com',
    totalCents: 15_000 + 2 * 1_000,
    lineItems: [
      { tier: 'adult', name: 'Room (up to 6)', quantity: 4, unitAmountCents: 15_000, totalCents: 15_000, per: 'group' },
      { tier: 'custom', name: 'Photo', quantity: 2, unitAmountCents: 1_000, totalCents: 2_000, per: 'person' },
    ],
  } as unknown as Booking;
  const urls = { successUrl: 'https://x/s', cancelUrl: 'https://x/c', expiresAt: new Date(0) };

  it('should charge the booking total: a group price as one line of quantity 1, named for its party', () => {
    const lines = payLaterParams(booking, ctx, urls).line_items!;
    assert.deepEqual(
      lines.map((l) => [l.quantity, l.price_data!.unit_amount, l.price_data!.product_data!.name]),
      [
        [1, 15_000, 'Escape Room – Room (up to 6) (group of 4)'],
        [2, 1_000, 'Escape Room – Photo'],
      ],
    );
    const charged = lines.reduce((sum, l) => sum + l.quantity! * l.price_data!.unit_amount!, 0);
    assert.equal(charged, booking.totalCents);
  });
});
