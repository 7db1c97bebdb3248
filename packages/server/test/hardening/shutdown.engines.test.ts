import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import WebSocket from 'ws';
import { openTestDatabase, testDriver, type TestDatabase } from '../support/database.ts';
import { pgliteServerDataDir } from '../support/pglite-data-dir.ts';
import { refusesConnections, startChildServer } from './child-server.ts';

describe('graceful shutdown on SIGTERM', () => {
  let database: TestDatabase | undefined;
  const dataDir = testDriver() === 'postgres' ? undefined : pgliteServerDataDir();
  after(async () => {
    await database?.close();
    dataDir?.remove();
  });

  it(
    'should stop accepting, finish the in-flight request, ' + 'close sockets with 1001 and exit 0 within 10 s',
    async (t) => {
      let env: Record<string, string> = { SLOTKIT_DATA_DIR: dataDir?.dir ?? '' };
      if (testDriver() === 'postgres') {
        database = await openTestDatabase('postgres');
        env = { DATABASE_URL: database.url! };
      }
      const server = await startChildServer(env);

      // A WebSocket client with an acknowledged connection.
      const ws = new WebSocket(server.url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
      await new Promise<void>((resolve, reject) => {
        ws.on('open', () => ws.send(JSON.stringify({ type: 'connection_init' })));
        ws.on('message', (raw) => JSON.parse(String(raw)).type === 'connection_ack' && resolve());
        ws.on('error', reject);
      });
      const wsClosed = new Promise<number>((resolve) => ws.on('close', (code) => resolve(code)));

      // An HTTP request in flight: the server has parsed its headers (it answered
      // 100 Continue) and waits for the body when the signal arrives.
      const body = JSON.stringify({ query: '{ __typename }' });
      const half = Math.floor(body.length / 2);
      const req = request(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          expect: '100-continue',
        },
      });
      const inFlight = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on('response', (res) => {
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode!, text }));
        });
        req.on('error', reject);
      });
      await new Promise<void>((resolve) => req.once('continue', resolve));
      req.write(body.slice(0, half));
      const finish = () => req.end(body.slice(half));

      const signalledAt = Date.now();
      server.process.kill('SIGTERM');
      // Wait for the condition (the listener is closed), not for a fixed time.
      while (!(await refusesConnections(server.port))) await new Promise((r) => setTimeout(r, 20));
      const stoppedAcceptingMs = Date.now() - signalledAt;
      finish();

      const answered = await inFlight;
      const closeCode = await wsClosed;
      const exitCode = await server.exited;
      const exitMs = Date.now() - signalledAt;
      t.diagnostic(`SIGTERM: stopped accepting after ${stoppedAcceptingMs} ms, exited ${exitCode} after ${exitMs} ms`);
      assert.equal(answered.status, 200, server.output());
      assert.deepEqual(JSON.parse(answered.text), { data: { __typename: 'Query' } });
      assert.equal(closeCode, 1001);
      assert.equal(exitCode, 0, server.output());
      assert.ok(exitMs < 10_000, `took ${exitMs} ms`);
    },
  );
});
