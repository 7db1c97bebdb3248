import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { ActivityPrice } from '../../src/db/schema/index.ts';
import { AppError } from '../../src/errors.ts';
import { priceTickets, type PricingActivity } from '../../src/domain/reservations/pricing.ts';
import { reserveRequestHash } from '../../src/domain/reservations/request-hash.ts';

const activity: PricingActivity = { status: 'active', minParty: 1, maxParty: 6, requiresWaiver: false };
const price = (
  id: string,
  tier: ActivityPrice['tier'],
  amountCents: number,
  extra: Partial<ActivityPrice> = {},
): ActivityPrice => ({
  id,
  activityId: 'a',
  tier,
  name: tier,
  amountCents,
  per: 'person',
  currency: 'EUR',
  lookupKey: `k_${id}`,
  stripePriceId: `price_${id}`,
  active: true,
  names: {},
  createdAt: new Date(0),
  ...extra,
});
const ids = {
  adult: '00000000-0000-4000-8000-000000000001',
  child: '00000000-0000-4000-8000-000000000002',
  custom: '00000000-0000-4000-8000-000000000003',
  old: '00000000-0000-4000-8000-000000000004',
};
const prices = [
  price(ids.adult, 'adult', 2500),
  price(ids.child, 'child', 1000),
  price(ids.custom, 'custom', 1800),
  price(ids.old, 'custom', 900, { active: false }),
];

const reason = (r: ReturnType<typeof priceTickets>) =>
  r.ok ? 'ok' : r.outcome.type === 'InvalidReservation' ? r.outcome.reason : r.outcome.type;

describe('priceTickets', () => {
  it('should total the lines from the price table and merge repeated tiers', () => {
    const r = priceTickets(activity, prices, {
      tickets: [
        { tier: 'adult', quantity: 1 },
        { tier: 'child', quantity: 2 },
        { tier: 'adult', quantity: 1 },
        { tier: 'custom', priceId: ids.custom, quantity: 1 },
        { tier: 'child', quantity: 0 },
      ],
    });
    assert.ok(r.ok);
    assert.equal(r.priced.partySize, 5);
    assert.equal(r.priced.totalCents, 2 * 2500 + 2 * 1000 + 1800);
    assert.equal(r.priced.currency, 'EUR');
    assert.deepEqual(
      r.priced.tickets.map((t) => [t.tier, t.quantity, t.unitAmountCents, t.stripePriceId]),
      [
        ['adult', 2, 2500, `price_${ids.adult}`],
        ['child', 2, 1000, `price_${ids.child}`],
        ['custom', 1, 1800, `price_${ids.custom}`],
      ],
    );
  });

  it('should refuse unknown, inactive, mismatched-tier and id-less custom prices as UNKNOWN_PRICE', () => {
    assert.equal(
      reason(priceTickets(activity, prices, { tickets: [{ tier: 'custom', quantity: 1 }] })),
      'UNKNOWN_PRICE',
    );
    assert.equal(
      reason(priceTickets(activity, prices, { tickets: [{ tier: 'custom', priceId: ids.old, quantity: 1 }] })),
      'UNKNOWN_PRICE',
    );
    assert.equal(
      reason(priceTickets(activity, prices, { tickets: [{ tier: 'adult', priceId: ids.child, quantity: 1 }] })),
      'UNKNOWN_PRICE',
    );
    assert.equal(
      reason(priceTickets(activity, prices, { tickets: [{ tier: 'adult', priceId: 'x', quantity: 1 }] })),
      'UNKNOWN_PRICE',
    );
    assert.equal(
      reason(priceTickets(activity, [prices[1]!], { tickets: [{ tier: 'adult', quantity: 1 }] })),
      'UNKNOWN_PRICE',
    );
  });

  it('should enforce party size, waiver and activity status', () => {
    const strict = { ...activity, minParty: 2, maxParty: 4 };
    assert.equal(
      reason(priceTickets(strict, prices, { tickets: [{ tier: 'adult', quantity: 1 }] })),
      'PARTY_TOO_SMALL',
    );
    assert.equal(reason(priceTickets(strict, prices, { tickets: [] })), 'PARTY_TOO_SMALL');
    assert.equal(
      reason(priceTickets(strict, prices, { tickets: [{ tier: 'adult', quantity: 5 }] })),
      'PARTY_TOO_LARGE',
    );
    assert.equal(reason(priceTickets(strict, prices, { tickets: [{ tier: 'adult', quantity: 4 }] })), 'ok');
    const waiver = { ...activity, requiresWaiver: true };
    assert.equal(
      reason(priceTickets(waiver, prices, { tickets: [{ tier: 'adult', quantity: 1 }] })),
      'WAIVER_REQUIRED',
    );
    assert.equal(
      reason(priceTickets(waiver, prices, { tickets: [{ tier: 'adult', quantity: 1 }], waiverAccepted: false })),
      'WAIVER_REQUIRED',
    );
    assert.equal(
      reason(priceTickets(waiver, prices, { tickets: [{ tier: 'adult', quantity: 1 }], waiverAccepted: true })),
      'ok',
    );
    assert.equal(
      reason(priceTickets({ ...activity, status: 'archived' }, prices, { tickets: [{ tier: 'adult', quantity: 1 }] })),
      'SESSION_CLOSED',
    );
  });

  it('should throw BAD_USER_INPUT for negative, fractional or absurd quantities and too many lines', () => {
    const bad = (tickets: Array<{ tier: 'adult'; quantity: number }>) =>
      assert.throws(
        () => priceTickets(activity, prices, { tickets }),
        (e: unknown) => e instanceof AppError && e.code === 'BAD_USER_INPUT',
      );
    bad([{ tier: 'adult', quantity: -1 }]);
    bad([{ tier: 'adult', quantity: 1.5 }]);
    bad([{ tier: 'adult', quantity: 101 }]);
    bad(Array.from({ length: 11 }, () => ({ tier: 'adult' as const, quantity: 1 })));
  });
});

describe('reserveRequestHash', () => {
  const base = {
    sessionId: 's',
    tickets: [
      { tier: 'adult' as const, quantity: 2 },
      { tier: 'child' as const, quantity: 1 },
    ],
    email: 'A@x.io',
    idempotencyKey: 'k1234567',
  };
  it('should ignore ticket order, zero lines, email case and the key itself', () => {
    const same = {
      ...base,
      tickets: [
        { tier: 'child' as const, quantity: 1 },
        { tier: 'adult' as const, quantity: 2 },
        { tier: 'custom' as const, quantity: 0 },
      ],
      email: ' a@X.io ',
      idempotencyKey: 'other-key',
    };
    assert.equal(reserveRequestHash(same), reserveRequestHash(base));
  });
  it('should change with session, quantities or waiver', () => {
    assert.notEqual(reserveRequestHash({ ...base, sessionId: 't' }), reserveRequestHash(base));
    assert.notEqual(
      reserveRequestHash({ ...base, tickets: [{ tier: 'adult', quantity: 3 }] }),
      reserveRequestHash(base),
    );
    assert.notEqual(reserveRequestHash({ ...base, waiverAccepted: true }), reserveRequestHash(base));
  });
});
