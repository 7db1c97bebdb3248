import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq, sql } from 'drizzle-orm';
import { activities, activitySessions } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import {
  capacityRemaining,
  CHECK,
  createActivityFixture,
  createSession,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';

const AVAILABILITY = `query A($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id } }`;
const SCHEDULE = `query S($a: ID!) { widgetConfig(activityId: $a) { activities { schedule {
  minNoticeMinutes reminderHours
  cancellation { allowed freeUntilHours refundPercentAfter } reschedule { allowed untilHours } } } } }`;

describe('settings.minNoticeMinutes', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  const NOTICE = 120;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    fx = await createActivityFixture(app.services.db);
    await app.services.db
      .update(activities)
      .set({ settings: sql`settings || ${JSON.stringify({ minNoticeMinutes: NOTICE })}::jsonb` })
      .where(eq(activities.id, fx.activityId));
  });
  after(() => app.stop());

  const startingIn = (minutes: number) =>
    createSession(app.services.db, fx, { startsAt: new Date(app.services.now().getTime() + minutes * 60_000) });
  const localDateOf = async (id: string) =>
    (await app.services.db.select().from(activitySessions).where(eq(activitySessions.id, id)))[0]!.localDate;

  it('should refuse a hold inside the notice with TOO_LATE and take nothing', async () => {
    const soon = await startingIn(NOTICE - 30);
    const res = await gql(app.url, RESERVE, { input: reserveInput(soon) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.equal(res.data!.reserveSlot.__typename, 'InvalidReservation');
    assert.equal(res.data!.reserveSlot.reason, 'TOO_LATE');
    assert.match(res.data!.reserveSlot.message, new RegExp(`${NOTICE} minutes`));
    assert.equal(await capacityRemaining(app.services.db, soon), 10);
    const check = await gql(app.url, CHECK, { s: soon, n: 1 });
    assert.equal(check.data!.checkSlotAvailability, false);
  });

  it('should hold a session beyond the notice as before', async () => {
    const later = await startingIn(NOTICE + 30);
    const res = await gql(app.url, RESERVE, { input: reserveInput(later) });
    assert.equal(res.data!.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
    assert.equal(await capacityRemaining(app.services.db, later), 9);
  });

  it('should leave sessions inside the notice out of availability (they show closed)', async () => {
    const soon = await startingIn(NOTICE - 10);
    const later = await startingIn(NOTICE + 10);
    const dates = new Set([await localDateOf(soon), await localDateOf(later)]);
    const listed: string[] = [];
    for (const d of dates) {
      const res = await gql(app.url, AVAILABILITY, { a: fx.activityId, d });
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      listed.push(...res.data!.availability.map((s: { id: string }) => s.id));
    }
    assert.ok(listed.includes(later), 'the session beyond the notice is listed');
    assert.ok(!listed.includes(soon), 'the session inside the notice is not listed');
  });

  it('should expose the new settings with their defaults on the public schedule', async () => {
    const res = await gql(app.url, SCHEDULE, { a: fx.activityId });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const schedule = res.data!.widgetConfig.activities[0].schedule;
    assert.equal(schedule.minNoticeMinutes, NOTICE);
    assert.equal(schedule.reminderHours, 24);
    assert.deepEqual(schedule.cancellation, { allowed: true, freeUntilHours: 24, refundPercentAfter: 0 });
    assert.deepEqual(schedule.reschedule, { allowed: true, untilHours: 24 });
  });
});
