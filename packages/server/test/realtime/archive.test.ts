import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { availabilityTopic } from '../../src/realtime/topics.ts';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { createSession } from './fixtures.ts';
import { AVAILABILITY_CHANGED, subscribe, waitFor, wsClient } from './ws-client.ts';

const HELD_DATE = '2030-07-04';

describe('activities and venues leaving public availability', () => {
  let app: TestApp;
  let walkId: string;
  let libraryId: string;
  let venueId: string;
  let adminKey: string;
  before(async () => {
    app = await startTestApp();
    const seed = await seedDemo(app.services.db, { publicOrigin: app.url });
    walkId = seed.activityIds[1]!;
    libraryId = seed.activityIds[0]!;
    const config = await gql(app.url, `query($a: ID) { widgetConfig(activityId: $a) { venue { id } } }`, {
      a: libraryId,
    });
    venueId = config.data!.widgetConfig.venue.id;
    adminKey = seed.adminKey!;
  });
  after(() => app.stop());

  /** A held session of the activity on HELD_DATE, and a subscriber watching that date. */
  async function heldAndWatched(activityId: string) {
    const session = await createSession(app.services.db, activityId, { date: HELD_DATE });
    const held = await gql(
      app.url,
      `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename } }`,
      {
        input: {
          sessionId: session.id,
          tickets: [{ tier: 'ADULT', quantity: 2 }],
          email: `${randomUUID()}@example.com`,
          idempotencyKey: randomUUID(),
          waiverAccepted: true,
          minAgeAccepted: true,
        },
      },
    );
    assert.equal(held.data!.reserveSlot.__typename, 'Reservation');
    const client = wsClient(app.url);
    const sub = subscribe(client, AVAILABILITY_CHANGED, { a: activityId, d: HELD_DATE });
    await waitFor(
      () => app.services.realtime.coalescer.stats(availabilityTopic(activityId, HELD_DATE))?.listeners === 1,
      5_000,
      'listener',
    );
    const firstPush = () =>
      Promise.race([
        sub.nth(0),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no push for ${HELD_DATE}`)), 5_000)),
      ]);
    return { client, firstPush };
  }

  it(
    'should push an empty availability for a date whose held session an archive keeps, ' + 'so widgets drop its slots',
    async () => {
      const watched = await heldAndWatched(walkId);
      const archived = await gql(
        app.url,
        `mutation($id: ID!) { archiveActivity(id: $id) { status } }`,
        { id: walkId },
        { apiKey: adminKey },
      );
      assert.equal(archived.data!.archiveActivity.status, 'ARCHIVED');
      assert.deepEqual((await watched.firstPush()).data.availabilityChanged.sessions, []);
      await watched.client.dispose();
    },
  );

  it(
    'should push an empty availability for the dates of a deleted venue, ' +
      'whose sessions and holds the cascade removes',
    async () => {
      const watched = await heldAndWatched(libraryId);
      const deleted = await gql(
        app.url,
        `mutation($id: ID!) { deleteVenue(id: $id) }`,
        { id: venueId },
        { apiKey: adminKey },
      );
      assert.equal(deleted.data!.deleteVenue, true);
      assert.deepEqual((await watched.firstPush()).data.availabilityChanged.sessions, []);
      await watched.client.dispose();
    },
  );
});
