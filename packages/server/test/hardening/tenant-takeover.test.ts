import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { CREATE_VENUE, makeOrganization } from '../admin/fixtures.ts';

const ROTATE = `mutation($id: ID!) { rotateEmbedKey(venueId: $id) { embedKey } }`;
const DELETE = `mutation($id: ID!) { deleteVenue(id: $id) }`;
const WIDGET = `query($k: String) { widgetConfig(embedKey: $k) { venue { id name } } }`;

const venueInput = (name: string, embedKey?: string) => ({
  name,
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  allowedOrigins: ['https://a-shop.example'],
  ...(embedKey ? { embedKey } : {}),
});

/** Issue 16 item 3: an embed key, once used, never comes to answer for another organization. */
describe('Issue 16 item 3: embed keys are unique forever', () => {
  let app: TestApp;
  let a: { id: string; key: string };
  let b: { id: string; key: string };
  before(async () => {
    app = await startTestApp();
    a = await makeOrganization(app.database.handle.db, 'Org A');
    b = await makeOrganization(app.database.handle.db, 'Org B');
  });
  after(() => app.stop());

  it("should refuse another organization a rotated-away key, so old embeds never sell B's activities", async () => {
    const created = await gql(
      app.url,
      CREATE_VENUE,
      { input: venueInput('A venue', 'a-old-key-1') },
      { apiKey: a.key },
    );
    const venueId = created.data!.createVenue.id as string;
    const rotated = await gql(app.url, ROTATE, { id: venueId }, { apiKey: a.key });
    assert.notEqual(rotated.data!.rotateEmbedKey.embedKey, 'a-old-key-1');

    const takeover = await gql(
      app.url,
      CREATE_VENUE,
      { input: venueInput('B venue', 'a-old-key-1') },
      { apiKey: b.key },
    );
    assert.equal(errorCode(takeover), 'BAD_USER_INPUT');
    assert.equal(takeover.errors![0]!.extensions!.field, 'embedKey');
    const old = await gql(app.url, WIDGET, { k: 'a-old-key-1' }, { headers: { origin: 'https://a-shop.example' } });
    assert.equal(errorCode(old), 'NOT_FOUND', 'the old key answers for nobody');
  });

  it('should keep the key of a deleted venue reserved to its organization, which may take it back', async () => {
    const created = await gql(
      app.url,
      CREATE_VENUE,
      { input: venueInput('A gone', 'a-deleted-key') },
      { apiKey: a.key },
    );
    await gql(app.url, DELETE, { id: created.data!.createVenue.id }, { apiKey: a.key });
    const takeover = await gql(app.url, CREATE_VENUE, { input: venueInput('B', 'a-deleted-key') }, { apiKey: b.key });
    assert.equal(errorCode(takeover), 'BAD_USER_INPUT');
    const back = await gql(app.url, CREATE_VENUE, { input: venueInput('A again', 'a-deleted-key') }, { apiKey: a.key });
    assert.equal(back.errors, undefined, JSON.stringify(back.errors));
    assert.equal(back.data!.createVenue.embedKey, 'a-deleted-key');
  });
});
