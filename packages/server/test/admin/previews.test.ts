import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { activities, activitySessions, bookings } from '../../src/db/schema/index.ts';
import { notifyChange, venueTopic } from '../../src/realtime/topics.ts';
import { waitFor } from '../realtime/ws-client.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { activityInput, CREATE_ACTIVITY, CREATE_VENUE, everyDay, makeBooking, makeOrganization } from './fixtures.ts';

const PREVIEW_UPDATE = `query($id: ID!, $input: ActivityUpdateInput!) {
  previewActivityUpdate(id: $id, input: $input) {
    addedCount removedCount added { startsAt localDate localStartTime } removed { startsAt localDate localStartTime }
    kept { id confirmedCount } } }`;
const PREVIEW_CREATE = `query($input: ActivityInput!) {
  previewActivityCreate(input: $input) { addedCount removedCount added { localDate localStartTime } kept { id } } }`;
const UPDATE = `mutation($id: ID!, $input: ActivityUpdateInput!) {
  updateActivity(id: $id, input: $input) { sessionsCreated sessionsRemoved keptSessions { id } } }`;
const PREVIEW_CANCEL = `query($id: ID!, $refund: Boolean) {
  previewCancelSession(id: $id, refund: $refund) {
    session { id status } releasedHolds
    bookings { refundCents currency email booking { id bookingNumber totalCents } } } }`;
const PREVIEW_BLOCK = `query($id: ID!, $date: Date!) { previewBlockDate(activityId: $id, date: $date) {
  date alreadyBlocked currentReason liveHolds sessionsToClose { id localStartTime } bookings { id } } }`;
const BLOCK = `mutation($id: ID!, $date: Date!) {
  blockDate(activityId: $id, date: $date, reason: "Private event", force: true) { blocked closedSessions } }`;

describe('the console previews (dry runs behind the confirm dialogs)', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  let venueId: string;
  const admin = (query: string, variables: Record<string, unknown> = {}) =>
    gql(app.url, query, variables, { apiKey: org.key });
  const createActivity = async (name: string) => {
    const res = await admin(CREATE_ACTIVITY, { input: activityInput(venueId, { name }) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    return res.data!.createActivity.activity.id as string;
  };
  const sessionsOf = (activityId: string) =>
    app.services.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.activityId, activityId))
      .orderBy(activitySessions.startsAt);

  before(async () => {
    // A fixed clock (04:00 in Los Angeles): every session of the 3-day window lies ahead.
    app = await startTestApp({ now: () => new Date('2030-01-15T12:00:00Z') });
    org = await makeOrganization(app.services.db, 'Preview Org');
    const venue = await admin(CREATE_VENUE, {
      input: { name: 'Preview Kayaks', timezone: 'America/Los_Angeles', currency: 'usd' },
    });
    assert.equal(venue.errors, undefined, JSON.stringify(venue.errors));
    venueId = venue.data!.createVenue.id;
  });
  after(() => app.stop());

  it('should show what a schedule change would add, remove and keep, change nothing, and match the save', async () => {
    const id = await createActivity('Dry Run Tour');
    const booking = await makeBooking(app.services.db, org.id, id);
    const before = await sessionsOf(id);
    const [settingsBefore] = await app.services.db.select().from(activities).where(eq(activities.id, id));
    const schedule = {
      operatingDays: everyDay,
      startTime: '13:00',
      endTime: '15:00',
      slotInterval: 60,
      advanceBooking: 3,
    };

    const res = await admin(PREVIEW_UPDATE, { id, input: { schedule } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const preview = res.data!.previewActivityUpdate;
    assert.equal(preview.addedCount, 6);
    assert.equal(preview.removedCount, before.length - 1);
    assert.deepEqual(
      preview.kept.map((k: { id: string }) => k.id),
      [booking.sessionId],
    );
    assert.equal(preview.kept[0].confirmedCount, 2);
    assert.deepEqual([...new Set(preview.added.map((s: { localStartTime: string }) => s.localStartTime))].sort(), [
      '13:00',
      '14:00',
    ]);
    const removedStarts = preview.removed.map((s: { startsAt: string }) => Date.parse(s.startsAt));
    const expectedRemoved = before.filter((s) => s.id !== booking.sessionId).map((s) => s.startsAt.getTime());
    assert.deepEqual(removedStarts, expectedRemoved);

    // Nothing was saved: the same sessions, the same settings.
    assert.deepEqual(
      (await sessionsOf(id)).map((s) => s.id),
      before.map((s) => s.id),
    );
    const [settingsAfter] = await app.services.db.select().from(activities).where(eq(activities.id, id));
    assert.deepEqual(settingsAfter!.settings, settingsBefore!.settings);

    const saved = await admin(UPDATE, { id, input: { schedule } });
    assert.equal(saved.errors, undefined, JSON.stringify(saved.errors));
    assert.deepEqual(saved.data!.updateActivity, {
      sessionsCreated: preview.addedCount,
      sessionsRemoved: preview.removedCount,
      keptSessions: preview.kept.map((k: { id: string }) => ({ id: k.id })),
    });
  });

  it("should announce nothing on the change bus: the dry run's notifications die with its savepoint", async () => {
    const id = await createActivity('Quiet Preview');
    const seen: string[] = [];
    const off = app.services.realtime.bus.onAny((e) => e.type === 'change' && seen.push(e.topic));
    const schedule = {
      operatingDays: everyDay,
      startTime: '13:00',
      endTime: '15:00',
      slotInterval: 60,
      advanceBooking: 3,
    };
    const res = await admin(PREVIEW_UPDATE, { id, input: { schedule } });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    assert.ok(res.data!.previewActivityUpdate.removedCount > 0, 'the dry run did change sessions inside its savepoint');
    // NOTIFYs arrive in commit order: once this later one is here, one from the preview would be too.
    const sentinel = venueTopic('00000000-0000-0000-0000-00000000c0b1');
    await app.services.db.transaction((tx) => notifyChange(tx, sentinel));
    await waitFor(() => seen.includes(sentinel), 5_000, 'sentinel');
    off();
    assert.deepEqual(
      seen.filter((t) => t.includes(id)),
      [],
    );
  });

  it('should show the sessions a new activity would get and create nothing', async () => {
    const count = async () => (await app.services.db.select().from(activities)).length;
    const activitiesBefore = await count();
    const res = await admin(PREVIEW_CREATE, { input: activityInput(venueId, { name: 'Not Yet' }) });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    // 09:00, 10:00, 11:00 on each of the 3 days of the booking window.
    assert.equal(res.data!.previewActivityCreate.addedCount, 9);
    assert.equal(res.data!.previewActivityCreate.removedCount, 0);
    assert.deepEqual(res.data!.previewActivityCreate.kept, []);
    assert.equal(await count(), activitiesBefore);
  });

  it("should refuse invalid input with the save's BAD_USER_INPUT message naming the field", async () => {
    const id = await createActivity('Validated');
    const res = await admin(PREVIEW_UPDATE, {
      id,
      input: {
        schedule: {
          operatingDays: everyDay,
          startTime: '15:00',
          endTime: '13:00',
          slotInterval: 60,
          advanceBooking: 3,
        },
      },
    });
    const saved = await admin(UPDATE, {
      id,
      input: {
        schedule: {
          operatingDays: everyDay,
          startTime: '15:00',
          endTime: '13:00',
          slotInterval: 60,
          advanceBooking: 3,
        },
      },
    });
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(res.errors![0]!.message, saved.errors![0]!.message);
    assert.match(String(res.errors![0]!.extensions?.field), /^schedule/);
  });

  it('should list the bookings a session cancellation ends with each refund, and cancel nothing', async () => {
    const id = await createActivity('Cancel Preview');
    const paid = await makeBooking(app.services.db, org.id, id, { totalCents: 6500 });
    await app.services.db
      .update(bookings)
      .set({ stripePaymentIntentId: 'pi_preview_1' })
      .where(eq(bookings.id, paid.id));
    const unpaid = await makeBooking(app.services.db, org.id, id, { totalCents: 3000 });

    const withRefund = await admin(PREVIEW_CANCEL, { id: paid.sessionId, refund: true });
    assert.equal(withRefund.errors, undefined, JSON.stringify(withRefund.errors));
    const p = withRefund.data!.previewCancelSession;
    assert.equal(p.session.status, 'OPEN');
    assert.equal(p.releasedHolds, 0);
    const byId = new Map(p.bookings.map((b: any) => [b.booking.id, b]));
    assert.equal((byId.get(paid.id) as any).refundCents, 6500);
    assert.match((byId.get(paid.id) as any).email, /^guest\d+@example\.com$/);
    assert.equal((byId.get(unpaid.id) as any).refundCents, 0, 'no payment on record: cancelled without refund');

    const withoutRefund = await admin(PREVIEW_CANCEL, { id: paid.sessionId, refund: false });
    assert.ok(withoutRefund.data!.previewCancelSession.bookings.every((b: any) => b.refundCents === 0));
    const [session] = await app.services.db
      .select()
      .from(activitySessions)
      .where(eq(activitySessions.id, paid.sessionId));
    assert.equal(session!.status, 'open');
    const [stillBooked] = await app.services.db.select().from(bookings).where(eq(bookings.id, paid.id));
    assert.equal(stillBooked!.status, 'confirmed');
  });

  it('should show the sessions a block closes and the bookings that stay, then the block with its reason', async () => {
    const id = await createActivity('Block Preview');
    const booking = await makeBooking(app.services.db, org.id, id);
    const [first] = await sessionsOf(id);
    const date = first!.localDate;
    const res = await admin(PREVIEW_BLOCK, { id, date });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
    const p = res.data!.previewBlockDate;
    assert.equal(p.alreadyBlocked, false);
    assert.equal(p.currentReason, null);
    assert.deepEqual(
      p.sessionsToClose.map((s: { localStartTime: string }) => s.localStartTime),
      ['09:00', '10:00', '11:00'],
    );
    assert.deepEqual(
      p.bookings.map((b: { id: string }) => b.id),
      [booking.id],
    );
    assert.equal((await sessionsOf(id)).filter((s) => s.status !== 'open').length, 0, 'nothing closed by a preview');

    assert.deepEqual((await admin(BLOCK, { id, date })).data!.blockDate, { blocked: true, closedSessions: 3 });
    const again = (await admin(PREVIEW_BLOCK, { id, date })).data!.previewBlockDate;
    assert.equal(again.alreadyBlocked, true);
    assert.equal(again.currentReason, 'Private event');
    assert.deepEqual(again.sessionsToClose, []);
  });

  it("should answer NOT_FOUND for another organization's activity or session", async () => {
    const other = await makeOrganization(app.services.db, 'Other Org');
    const id = await createActivity('Private');
    const [session] = await sessionsOf(id);
    const asOther = (query: string, variables: Record<string, unknown>) =>
      gql(app.url, query, variables, { apiKey: other.key });
    for (const [query, variables] of [
      [PREVIEW_UPDATE, { id, input: { name: 'hijacked' } }],
      [PREVIEW_CANCEL, { id: session!.id, refund: true }],
      [PREVIEW_BLOCK, { id, date: session!.localDate }],
      [PREVIEW_UPDATE, { id: 'not-a-uuid', input: { name: 'x' } }],
    ] as const) {
      const res = await asOther(query, variables);
      assert.equal(errorCode(res), 'NOT_FOUND', JSON.stringify(res));
    }
    const create = await asOther(PREVIEW_CREATE, { input: activityInput(venueId, { name: 'Elsewhere' }) });
    assert.equal(errorCode(create), 'NOT_FOUND');
  });
});
