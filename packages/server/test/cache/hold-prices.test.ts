import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { nextChange } from '../ops/support.ts';
import {
  adults,
  createActivityFixture,
  createSession,
  RESERVE,
  reserveInput,
  type ActivityFixture,
} from '../reservations/fixtures.ts';

const UPDATE = `mutation($id: ID!, $input: ActivityUpdateInput!) { updateActivity(id: $id, input: $input) { activity {
  maxParty } } }`;

describe('the catalog a hold is priced with (prices, party limits)', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    // No generator: its start-up pass (or its 02:00 run) adds this activity's Monday sessions and
    // announces the activity, which drops the cached catalog between two holds of the first test.
    app = await startTestApp({ holdSweeper: false, sessionGenerator: false });
    fx = await createActivityFixture(app.services.db, { maxParty: 6 });
  });
  after(() => app.stop());

  const reserve = async (session: string, quantity: number) =>
    (await gql(app.url, RESERVE, { input: reserveInput(session, { tickets: adults(quantity) }) })).data!.reserveSlot;

  it('is reused between holds: a change that skips the bus is not seen', async () => {
    const session = await createSession(app.services.db, fx);
    assert.equal((await reserve(session, 3)).__typename, 'Reservation');
    await app.services.db.execute(sql`update activities set max_party = 1 where id = ${fx.activityId}::uuid`);
    assert.equal((await reserve(session, 3)).__typename, 'Reservation');
    await app.services.db.execute(sql`update activities set max_party = 6 where id = ${fx.activityId}::uuid`);
  });

  it(
    'takes an admin change to the party limits at the moment the bus delivers it, ' + 'on any session of the activity',
    async () => {
      const [first, second] = [await createSession(app.services.db, fx), await createSession(app.services.db, fx)];
      assert.equal((await reserve(first, 4)).__typename, 'Reservation');
      const delivered = nextChange(app.services, (t) => t === `activity:${fx.activityId}`);
      const updated = await gql(app.url, UPDATE, { id: fx.activityId, input: { maxParty: 2 } }, { apiKey: fx.apiKey });
      assert.equal(updated.data?.updateActivity.activity.maxParty, 2, JSON.stringify(updated.errors));
      await delivered;
      for (const session of [first, second]) {
        const refused = await reserve(session, 4);
        assert.equal(refused.__typename, 'InvalidReservation');
        assert.match(refused.reason, /PARTY/);
      }
    },
  );

  it('forgets a session that is gone (a schedule change deleted it) and answers NOT_FOUND', async () => {
    const session = await createSession(app.services.db, fx);
    assert.equal((await reserve(session, 1)).__typename, 'Reservation');
    await app.services.db.execute(sql`delete from slot_reservations where session_id = ${session}::uuid`);
    await app.services.db.execute(sql`delete from activity_sessions where id = ${session}::uuid`);
    const res = await gql(app.url, RESERVE, { input: reserveInput(session) });
    assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
  });
});
