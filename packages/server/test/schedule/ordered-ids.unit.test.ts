import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OrderedIds } from '../../src/domain/schedule/ordered-ids.ts';
import { assertOrderedUuids, msOf } from './ordered-uuids.ts';

describe('OrderedIds (the id rule of both session insert paths)', () => {
  it('should give text ids that are unique, version 7, RFC 4122 variant, ascending and start with the time', () => {
    const n = 10_000; // more than one 4096-id sequence block
    const now = Date.UTC(2026, 10, 26, 11, 0);
    const ids = OrderedIds.asText(n, now);
    assert.equal(ids.length, n);
    assertOrderedUuids(ids, now);
    assert.equal(msOf(ids[4096]!), now + 1, 'a new millisecond every 4096 ids');
  });
});
