import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import WebSocket from 'ws';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { makeOrganization } from '../admin/fixtures.ts';

const AUTH_FAILURES = 5;
const SOCKETS = 4;

/** Resolves with the HTTP status of a refused handshake, or 101 once the socket opened. */
function handshake(url: string): Promise<{ status: number; socket?: WebSocket }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', 'graphql-transport-ws');
    socket.once('open', () => resolve({ status: 101, socket }));
    socket.once('unexpected-response', (_req, res) => resolve({ status: res.statusCode ?? 0 }));
    socket.once('error', (err) => (String(err).includes('Unexpected server response') ? undefined : reject(err)));
  });
}

/** Issue 16 items 13 and 14: failed admin authentications and sockets per IP are limited (settings). */
describe('Issue 16 items 13 and 14: AUTH_FAILURES_PER_MINUTE and WS_CONNECTIONS_PER_IP', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({
      config: { AUTH_FAILURES_PER_MINUTE: AUTH_FAILURES, WS_CONNECTIONS_PER_IP: SOCKETS },
    });
  });
  after(() => app.stop());

  it('should answer 429 RATE_LIMITED to an IP that sent too many wrong keys, even with a right one after', async () => {
    const org = await makeOrganization(app.database.handle.db, 'Guessed');
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < AUTH_FAILURES + 3; i++) {
      codes.push(errorCode(await gql(app.url, '{ organization { id } }', {}, { apiKey: `slk_wrong_guess_${i}` })));
    }
    assert.deepEqual(codes.slice(0, AUTH_FAILURES), Array(AUTH_FAILURES).fill('UNAUTHENTICATED'));
    assert.deepEqual(codes.slice(AUTH_FAILURES), ['RATE_LIMITED', 'RATE_LIMITED', 'RATE_LIMITED']);
    const right = await gql(app.url, '{ organization { id } }', {}, { apiKey: org.key });
    assert.equal(errorCode(right), 'RATE_LIMITED', 'a guesser cannot tell a right key from a wrong one');
    assert.equal(right.status, 429);
    assert.ok(Number(right.headers.get('retry-after')) >= 1);
    const pub = await gql(app.url, '{ __typename }');
    assert.equal(pub.errors, undefined, 'keyless requests keep working');
  });

  it('should answer 429 to a handshake over WS_CONNECTIONS_PER_IP, and admit one after a close', async () => {
    const open: WebSocket[] = [];
    try {
      for (let i = 0; i < SOCKETS; i++) {
        const r = await handshake(app.url);
        assert.equal(r.status, 101);
        open.push(r.socket!);
      }
      assert.equal((await handshake(app.url)).status, 429);
      const closed = new Promise((resolve) => open[0]!.once('close', resolve));
      open.shift()!.close();
      await closed;
      // The server counts the close when its side of the socket ends; retry until it has.
      let status = 0;
      for (let i = 0; i < 50 && status !== 101; i++) {
        const r = await handshake(app.url);
        status = r.status;
        if (r.socket) open.push(r.socket);
      }
      assert.equal(status, 101);
    } finally {
      for (const s of open) s.close();
    }
  });
});
