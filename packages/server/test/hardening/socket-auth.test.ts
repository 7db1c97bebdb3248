import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { apiKeys } from '../../src/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { makeOrganization } from '../admin/fixtures.ts';
import { openWsSession } from './ws-session.ts';

const API_KEYS = `{ apiKeys { id revokedAt } }`;
const CREATE_KEY = `mutation { createApiKey(label: "after revocation") { secret } }`;
const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`;

describe('Issue 16 item 1: a revoked API key stops working on sockets that were already open', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.stop());

  it('should answer UNAUTHENTICATED to every operation of an open socket once its key is revoked', async () => {
    const org = await makeOrganization(app.database.handle.db, 'Revoked Socket Org');
    const socket = await openWsSession(app.url, { authorization: `Bearer ${org.key}` });
    try {
      const before = await socket.run(API_KEYS);
      assert.equal(before.code, undefined);
      const keyId = before.data.apiKeys[0].id as string;

      const revoked = await gql(app.url, REVOKE, { id: keyId }, { apiKey: org.key });
      assert.ok(revoked.data?.revokeApiKey.revokedAt);

      const read = await socket.run(API_KEYS);
      assert.equal(read.code, 'UNAUTHENTICATED');
      assert.equal(read.data?.apiKeys, undefined);
      const mint = await socket.run(CREATE_KEY);
      assert.equal(mint.code, 'UNAUTHENTICATED');
      const keys = await app.database.handle.db.select().from(apiKeys).where(eq(apiKeys.organizationId, org.id));
      assert.equal(keys.length, 1, 'no key was minted');
    } finally {
      socket.close();
    }
  });

  it('should refuse public operations too on a socket whose key was revoked, as HTTP does', async () => {
    const org = await makeOrganization(app.database.handle.db, 'Public After Revoke');
    const socket = await openWsSession(app.url, { authorization: `Bearer ${org.key}` });
    try {
      const list = await socket.run(API_KEYS);
      await gql(app.url, REVOKE, { id: list.data.apiKeys[0].id }, { apiKey: org.key });
      const pub = await socket.run(`{ __typename }`);
      // The socket named a key: a revoked key is refused for everything it sends, not silently downgraded.
      assert.equal(pub.code, 'UNAUTHENTICATED');
    } finally {
      socket.close();
    }
  });
});
