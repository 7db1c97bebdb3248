import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { encodeSessionRows } from '../../src/domain/schedule/copy-rows.ts';
import { assertOrderedUuids } from './ordered-uuids.ts';

const ACTIVITY = '11111111-2222-4333-8444-555555555555';
const ORGANIZATION = '66666666-7777-4888-9999-aaaaaaaaaaaa';
const PG_EPOCH_MS = Date.UTC(2000, 0, 1);

/** Reads the binary COPY stream back, the way the server does. */
function decode(buf: Buffer) {
  assert.equal(buf.subarray(0, 11).toString('latin1'), 'PGCOPY\n\xff\r\n\0');
  assert.equal(buf.readInt32BE(11), 0, 'flags');
  assert.equal(buf.readInt32BE(15), 0, 'no header extension');
  const uuid = (b: Buffer) => b.toString('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5');
  const rows = [];
  let o = 19;
  for (;;) {
    const fields = buf.readInt16BE(o);
    o += 2;
    if (fields === -1) break;
    assert.equal(fields, 8);
    const values: Buffer[] = [];
    for (let f = 0; f < fields; f++) {
      const length = buf.readInt32BE(o);
      values.push(buf.subarray(o + 4, o + 4 + length));
      o += 4 + length;
    }
    const [id, activity, organization, starts, ends, date, total, remaining] = values as [
      Buffer,
      Buffer,
      Buffer,
      Buffer,
      Buffer,
      Buffer,
      Buffer,
      Buffer,
    ];
    rows.push({
      id: uuid(id),
      activityId: uuid(activity),
      organizationId: uuid(organization),
      startsMs: PG_EPOCH_MS + Number(starts.readBigInt64BE()) / 1000,
      endsMs: PG_EPOCH_MS + Number(ends.readBigInt64BE()) / 1000,
      localDate: new Date(PG_EPOCH_MS + date.readInt32BE() * 86_400_000).toISOString().slice(0, 10),
      capacityTotal: total.readInt32BE(),
      capacityRemaining: remaining.readInt32BE(),
    });
  }
  assert.equal(o, buf.length, 'the trailer ends the stream');
  return rows;
}

describe('binary COPY rows of sessions', () => {
  it('should encode every column as the server reads it back', () => {
    const startsMs = [Date.UTC(2026, 2, 8, 6, 30), Date.UTC(2026, 2, 8, 7, 0), Date.UTC(1999, 11, 31, 23, 45)];
    const localDates = ['2026-03-08', '2026-03-08', '1999-12-31'];
    const rows = decode(
      encodeSessionRows({
        activityId: ACTIVITY,
        organizationId: ORGANIZATION,
        capacity: 12,
        durationMinutes: 90,
        startsMs,
        localDates,
      }),
    );
    assert.deepEqual(
      rows.map(({ id: _id, ...rest }) => rest),
      startsMs.map((ms, i) => ({
        activityId: ACTIVITY,
        organizationId: ORGANIZATION,
        startsMs: ms,
        endsMs: ms + 90 * 60_000,
        localDate: localDates[i],
        capacityTotal: 12,
        capacityRemaining: 12,
      })),
      'a start before 2000-01-01 (negative offset) too',
    );
  });

  it('should give each row a fresh, ascending, version-7 UUID that the API accepts', () => {
    const n = 10_000; // more than one 4096-row sequence block
    const startsMs = Array.from({ length: n }, (_, i) => Date.UTC(2026, 0, 1) + i * 900_000);
    const localDates = startsMs.map((ms) => new Date(ms).toISOString().slice(0, 10));
    const now = Date.UTC(2026, 10, 26, 11, 0);
    const ids = decode(
      encodeSessionRows(
        { activityId: ACTIVITY, organizationId: ORGANIZATION, capacity: 1, durationMinutes: 15, startsMs, localDates },
        now,
      ),
    ).map((r) => r.id);
    assert.equal(ids.length, n);
    assertOrderedUuids(ids, now);
  });

  it('should encode no rows as a header and a trailer', () => {
    assert.deepEqual(
      decode(
        encodeSessionRows({
          activityId: ACTIVITY,
          organizationId: ORGANIZATION,
          capacity: 1,
          durationMinutes: 15,
          startsMs: [],
          localDates: [],
        }),
      ),
      [],
    );
  });
});
