import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkForm, emptyForm, startOfDay, toInput } from '../src/views/promo-codes/form-model.ts';

describe('the promo code form', () => {
  it('should start a venue-local day at its midnight, across daylight saving changes', () => {
    assert.equal(startOfDay('2026-07-01', 'Europe/Berlin'), '2026-06-30T22:00:00.000Z');
    assert.equal(startOfDay('2026-03-29', 'Europe/Berlin'), '2026-03-28T23:00:00.000Z', 'the day clocks go forward');
    assert.equal(startOfDay('2026-03-30', 'Europe/Berlin'), '2026-03-29T22:00:00.000Z', 'the day after');
    assert.equal(startOfDay('2026-11-02', 'America/New_York'), '2026-11-02T05:00:00.000Z');
    assert.equal(startOfDay('2026-01-15', 'UTC'), '2026-01-15T00:00:00.000Z');
  });

  it('should send a percent or an amount in cents, valid through the whole last day', () => {
    const input = toInput(
      {
        ...emptyForm(),
        code: ' spring-25 ',
        kind: 'amount',
        value: '12.50',
        validFrom: '2026-07-01',
        validUntil: '2026-07-31',
        maxRedemptions: '40',
        activityIds: ['a1'],
      },
      'Europe/Berlin',
    );
    assert.deepEqual(input, {
      code: 'spring-25',
      percentOff: null,
      amountOffCents: 1250,
      validFrom: '2026-06-30T22:00:00.000Z',
      validUntil: '2026-07-31T22:00:00.000Z',
      maxRedemptions: 40,
      activityIds: ['a1'],
    });
    const percent = toInput({ ...emptyForm(), code: 'TEN', value: '10' }, 'UTC');
    assert.equal(percent.percentOff, 10);
    assert.equal(percent.amountOffCents, null);
    assert.equal(percent.validUntil, null);
    assert.equal(percent.maxRedemptions, null);
  });

  it('should name each field to fix before anything is sent', () => {
    const errors = checkForm({
      ...emptyForm(),
      code: 'a b',
      value: '150',
      maxRedemptions: '0',
      validFrom: '2026-07-02',
      validUntil: '2026-07-01',
    });
    assert.deepEqual(Object.keys(errors).sort(), ['code', 'maxRedemptions', 'validUntil', 'value']);
    assert.deepEqual(checkForm({ ...emptyForm(), code: 'OK_CODE', kind: 'amount', value: '5.25' }), {});
    assert.ok(checkForm({ ...emptyForm(), code: 'OK_CODE', kind: 'amount', value: '5.255' }).value, 'cents only');
  });
});
