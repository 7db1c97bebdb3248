import assert from 'node:assert/strict';
import { isUuid } from '../../src/db/ids.ts';

/**
 * The session id rule, as both insert paths must honour it: unique, UUID version 7,
 * RFC 4122 variant, ascending, and the first 48 bits are `now` in ms.
 */
export function assertOrderedUuids(ids: readonly string[], now: number): void {
  assert.equal(new Set(ids).size, ids.length);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    assert.ok(isUuid(id), id);
    assert.equal(id[14], '7', 'version 7');
    assert.ok('89ab'.includes(id[19]!), 'RFC 4122 variant');
    if (i > 0) assert.ok(id > ids[i - 1]!, `ascending at ${i}`);
  }
  assert.equal(msOf(ids[0]!), now, 'the first 48 bits are the time in ms');
}

export const msOf = (id: string): number => parseInt(id.replace(/-/g, '').slice(0, 12), 16);
