import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decodeReserveSlotAnswer, ReserveSlotContractError } from '../../src/domain/reservations/reserve-answer.ts';

const reservation = {
  id: 'r1',
  session_id: 's1',
  party_size: 2,
  status: 'held',
  expires_at: '2030-01-01T10:10:00+00:00',
  total_cents: 4500,
  discount_cents: 500,
  currency: 'usd',
  request_hash: 'h',
};

describe('reserve_slot() answer decoder (the SQL contract of a hold)', () => {
  it('should decode a reserved answer into a typed reservation view', () => {
    const answer = decodeReserveSlotAnswer({
      outcome: 'reserved',
      remaining: 4,
      reservation,
      expired_checkout_ids: ['cs_1'],
    });
    assert.deepEqual(answer, {
      outcome: 'reserved',
      remaining: 4,
      reservation: {
        id: 'r1',
        sessionId: 's1',
        partySize: 2,
        status: 'held',
        expiresAt: new Date('2030-01-01T10:10:00Z'),
        totalCents: 4500,
        currency: 'usd',
        discountCents: 500,
      },
      expiredCheckoutIds: ['cs_1'],
    });
  });

  it('should read a null list of expired checkouts as empty and a missing retry time as null', () => {
    assert.deepEqual(decodeReserveSlotAnswer({ outcome: 'closed', expired_checkout_ids: null }), {
      outcome: 'closed',
      expiredCheckoutIds: [],
    });
    assert.deepEqual(decodeReserveSlotAnswer({ outcome: 'hold_limit', limit: 'ip', retry_at: null }), {
      outcome: 'hold_limit',
      limit: 'ip',
      retryAt: null,
      expiredCheckoutIds: [],
    });
  });

  it('should throw a contract error naming the field when SQL and TypeScript disagree', () => {
    assert.throws(
      () => decodeReserveSlotAnswer({ outcome: 'unavailable', remaining: '3' }),
      (e: unknown) => e instanceof ReserveSlotContractError && /remaining/.test(e.message),
    );
    assert.throws(
      () => decodeReserveSlotAnswer({ outcome: 'reserved', reservation: { ...reservation, party_size: undefined } }),
      /party_size/,
    );
    assert.throws(() => decodeReserveSlotAnswer({ outcome: 'renamed' }), /unknown outcome/);
    assert.throws(() => decodeReserveSlotAnswer(undefined), ReserveSlotContractError);
  });
});
