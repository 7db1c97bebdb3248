import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { activities } from '../../src/db/schema/index.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { venueInstant } from '../support/venue-time.ts';
import { reserveInput, RESERVE } from '../reservations/fixtures.ts';
import { MONDAY_8AM_NY, sessionsOn, testClock } from '../schedule/fixtures.ts';

const CALENDAR = `query($id: ID!, $from: Date!, $to: Date!) { calendar(activityId: $id, from: $from, to: $to) {
  date status } }`;
const AVAILABILITY = `query($id: ID!, $date: Date!) {
  availability(activityId: $id, date: $date) { id localStartTime } }`;

/**
 * Issue 21: a session starting within `settings.minNoticeMinutes` shows closed.
 * The clock is injected and every time is built in the demo venue's zone
 * (America/New_York) on the demo's fixed Monday, so the test never depends on
 * today's date, the season or the machine's zone.
 */
describe('minimum notice in the calendar (injected clock)', () => {
  const ZONE = 'America/New_York';
  const DAY = '2026-06-01'; // the demo Monday: the library's last session of the day starts at 20:30
  const NOTICE = 240;
  const clock = testClock(MONDAY_8AM_NY);
  let app: TestApp;
  let library: string;
  before(async () => {
    app = await startTestApp({ now: clock.now, holdSweeper: false });
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url, now: MONDAY_8AM_NY });
    library = seed.activityIds[0]!;
    await app.services.db
      .update(activities)
      .set({ settings: sql`settings || ${JSON.stringify({ minNoticeMinutes: NOTICE })}::jsonb` })
      .where(eq(activities.id, library));
  });
  after(() => app.stop());

  const statusOf = async (date: string) => {
    const res = await gql(app.url, CALENDAR, { id: library, from: DAY, to: '2026-06-02' });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return (res.data!.calendar as Array<{ date: string; status: string }>).find((d) => d.date === date)!.status;
  };
  const listedToday = async () =>
    (
      (await gql(app.url, AVAILABILITY, { id: library, date: DAY })).data!.availability as Array<{
        localStartTime: string;
      }>
    ).map((s) => s.localStartTime);

  it('should show the day AVAILABLE while its last session is beyond the notice', async () => {
    clock.set(venueInstant(ZONE, DAY, '16:00')); // 20:30 is 4 h 30 min away
    assert.equal(await statusOf(DAY), 'AVAILABLE');
    assert.deepEqual(await listedToday(), ['20:30']);
  });

  it('should show it CLOSED (and list nothing, hold TOO_LATE) once that session is inside the notice', async () => {
    clock.set(venueInstant(ZONE, DAY, '16:45')); // 20:30 is 3 h 45 min away: inside 240 minutes
    assert.equal(await statusOf(DAY), 'CLOSED');
    assert.equal(await statusOf('2026-06-02'), 'AVAILABLE', 'tomorrow is beyond the notice');
    assert.deepEqual(await listedToday(), []);
    const last = (await sessionsOn(app.services.db, library, DAY)).at(-1)!;
    const res = await gql(app.url, RESERVE, {
      input: reserveInput(last.id, {
        tickets: [{ tier: 'ADULT', quantity: 4 }],
        waiverAccepted: true,
        minAgeAccepted: true,
      }),
    });
    assert.equal(res.data!.reserveSlot.__typename, 'InvalidReservation', JSON.stringify(res));
    assert.equal(res.data!.reserveSlot.reason, 'TOO_LATE');
  });
});
