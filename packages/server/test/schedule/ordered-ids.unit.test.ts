import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isUuid } from '../../src/domain/ids.ts';
import { OrderedIds } from '../../src/domain/schedule/ordered-ids.ts';

describe('OrderedIds (the id rule of both session insert paths)', () => {
  it('should give text ids that are unique, version 7, RFC 4122 variant, ascending and start with the time', () => {
    const n = 10_000; // more than one 4096-id sequence block
    const now = Date.UTC(2026, 10, 26, 11, 0);
    const ids = OrderedIds.asText(n, now);
    assert.equal(new Set(ids).size, n);
    for (let i = 0; i < n; i++) {
      const id = ids[i]!;
      assert.ok(isUuid(id), id);
      assert.equal(id[14], '7', 'version 7');
      assert.ok('89ab'.includes(id[19]!), 'RFC 4122 variant');
      if (i > 0) assert.ok(id > ids[i - 1]!, `ascending at ${i}`);
    }
    assert.equal(parseInt(ids[0]!.replace(/-/g, '').slice(0, 12), 16), now);
    assert.equal(parseInt(ids[4096]!.replace(/-/g, '').slice(0, 12), 16), now + 1, 'a new millisecond every 4096 ids');
  });
});
