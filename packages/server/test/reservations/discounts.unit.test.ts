import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { PromoCode } from '../../src/db/schema/index.ts';
import { finalAmounts, lineTotalCents, promoRefusal } from '../../src/domain/reservations/discounts.ts';

const at = (iso: string) => new Date(iso);
const promo = (over: Partial<PromoCode> = {}): PromoCode => ({
  id: 'p1',
  organizationId: 'o1',
  code: 'SPRING',
  percentOff: 10,
  amountOffCents: null,
  validFrom: null,
  validUntil: null,
  maxRedemptions: null,
  redemptions: 0,
  activityIds: [],
  active: true,
  createdAt: at('2030-01-01T00:00:00Z'),
  ...over,
});

describe('the money model (discounts.ts)', () => {
  it('should price a GROUP line once and a PERSON line per ticket', () => {
    assert.equal(lineTotalCents({ quantity: 6, unitAmountCents: 15000, per: 'group' }), 15000);
    assert.equal(lineTotalCents({ quantity: 0, unitAmountCents: 15000, per: 'group' }), 0);
    assert.equal(lineTotalCents({ quantity: 3, unitAmountCents: 2500, per: 'person' }), 7500);
    assert.equal(lineTotalCents({ quantity: 3, unitAmountCents: 2500 }), 7500, 'holds older than 0016 are per person');
  });

  it('should round a percent half up, cap any discount at the lines, and leave the gift card its place', () => {
    const lines = [{ quantity: 1, unitAmountCents: 1999 }];
    // 12% of 19.99 = 2.3988 → 2.40; 25% of 19.99 = 4.9975 → 5.00
    assert.equal(finalAmounts({ lines, promo: { percentOff: 12, amountOffCents: null } }).discountCents, 240);
    assert.equal(finalAmounts({ lines, promo: { percentOff: 25, amountOffCents: null } }).discountCents, 500);
    assert.deepEqual(finalAmounts({ lines, promo: { percentOff: null, amountOffCents: 5000 } }), {
      subtotalCents: 1999,
      discountCents: 1999,
      totalCents: 0,
      giftCardCents: 0,
      dueCents: 0,
    });
    assert.deepEqual(
      finalAmounts({ lines, promo: { percentOff: null, amountOffCents: 500 }, giftCardBalanceCents: 10_000 }),
      {
        subtotalCents: 1999,
        discountCents: 500,
        totalCents: 1499,
        giftCardCents: 1499,
        dueCents: 0,
      },
    );
    assert.equal(finalAmounts({ lines, giftCardBalanceCents: 999 }).dueCents, 1000);
  });

  it('should refuse a code for each reason, at the edges of its window', () => {
    const now = at('2030-06-01T12:00:00Z');
    assert.equal(promoRefusal(undefined, 'a1', now), 'unknown');
    assert.equal(promoRefusal(promo({ active: false }), 'a1', now), 'inactive');
    assert.equal(promoRefusal(promo({ validFrom: at('2030-06-01T12:00:01Z') }), 'a1', now), 'not_yet');
    assert.equal(promoRefusal(promo({ validFrom: now }), 'a1', now), null, 'valid from its first instant');
    assert.equal(promoRefusal(promo({ validUntil: now }), 'a1', now), 'expired', 'validUntil is exclusive');
    assert.equal(promoRefusal(promo({ maxRedemptions: 3, redemptions: 3 }), 'a1', now), 'used_up');
    assert.equal(promoRefusal(promo({ activityIds: ['a2'] }), 'a1', now), 'other_activity');
    assert.equal(promoRefusal(promo({ activityIds: ['a1'], maxRedemptions: 3, redemptions: 2 }), 'a1', now), null);
  });
});
