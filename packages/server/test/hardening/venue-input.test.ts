import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { CREATE_ACTIVITY, CREATE_VENUE, activityInput, makeOrganization } from '../admin/fixtures.ts';

/** Issue 16 item 9: inputs PostgreSQL would choke on are refused at the edge, never INTERNAL later. */
describe('Issue 16 item 9: time zones PostgreSQL knows, date ranges that exist', () => {
  let app: TestApp;
  let org: { id: string; key: string };
  before(async () => {
    app = await startTestApp();
    org = await makeOrganization(app.database.handle.db, 'Zones');
  });
  after(() => app.stop());

  it('should refuse a time zone Node accepts but PostgreSQL does not, on create and on update', async () => {
    const zone = 'US/Pacific-New';
    assert.doesNotThrow(() => new Intl.DateTimeFormat('en', { timeZone: zone }), 'Node accepts it');
    const input = { name: 'Odd zone', timezone: zone, currency: 'USD', allowedOrigins: [] };
    const created = await gql(app.url, CREATE_VENUE, { input }, { apiKey: org.key });
    assert.equal(errorCode(created), 'BAD_USER_INPUT');
    assert.equal(created.errors![0]!.extensions!.field, 'timezone');

    const ok = await gql(
      app.url,
      CREATE_VENUE,
      { input: { ...input, timezone: 'America/Los_Angeles' } },
      { apiKey: org.key },
    );
    const id = ok.data!.createVenue.id as string;
    const updated = await gql(
      app.url,
      `mutation($id: ID!, $input: VenueUpdateInput!) { updateVenue(id: $id, input: $input) { timezone } }`,
      { id, input: { timezone: zone } },
      { apiKey: org.key },
    );
    assert.equal(errorCode(updated), 'BAD_USER_INPUT');
  });

  it('should answer BAD_USER_INPUT, not INTERNAL, to generateSessions past the last date there is', async () => {
    const venue = await gql(
      app.url,
      CREATE_VENUE,
      { input: { name: 'Range', timezone: 'Europe/Berlin', currency: 'EUR', allowedOrigins: [] } },
      { apiKey: org.key },
    );
    const activity = await gql(
      app.url,
      CREATE_ACTIVITY,
      { input: activityInput(venue.data!.createVenue.id) },
      {
        apiKey: org.key,
      },
    );
    const res = await gql(
      app.url,
      `mutation($id: ID!) { generateSessions(activityId: $id, from: "9999-12-30", days: 5) { created } }`,
      { id: activity.data!.createActivity.activity.id },
      { apiKey: org.key },
    );
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
  });
});
