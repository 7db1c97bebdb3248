import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { ticketsCents } from '../src/ui/format.ts';

describe("the console's ticket amounts (New booking's confirm dialog)", () => {
  it('should count a GROUP price once for the party and a PERSON price per ticket', () => {
    assert.equal(ticketsCents({ amountCents: 15_000, per: 'GROUP' }, 4), 15_000);
    assert.equal(ticketsCents({ amountCents: 15_000, per: 'GROUP' }, 0), 0);
    assert.equal(ticketsCents({ amountCents: 3_500, per: 'PERSON' }, 4), 14_000);
    assert.equal(ticketsCents({ amountCents: 3_500 }, 2), 7_000);
  });
});
