import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startApp, type App } from '../../src/bootstrap.ts';
import { testConfig } from '../../src/config.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { subscribe, wsClient } from '../realtime/ws-client.ts';

const WIDGET = `query($a: ID) { widgetConfig(activityId: $a) { venue { name } } }`;

describe('request ids', () => {
  let database: TestDatabase;
  let app: App;
  let url: string;
  const lines: Array<Record<string, unknown>> = [];

  before(async () => {
    database = await openTestDatabase();
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    app = await startApp({
      config: testConfig({
        PORT: 0,
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        RATE_LIMIT_PER_MINUTE: 0,
        HOLDS_PER_EMAIL: 0,
        HOLDS_PER_IP: 0,
      }),
      dbHandle: database.handle,
      logger,
      holdSweeper: false,
      sessionGenerator: false,
    });
    url = app.server.url;
  });
  after(async () => {
    await app.stop();
    await database.close();
  });

  it("should echo the caller's X-Request-Id in the response header and in every error's extensions", async () => {
    const res = await gql(url, WIDGET, { a: randomUUID() }, { headers: { 'x-request-id': 'lb-7f3a.1' } });
    assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    assert.equal(res.errors?.[0]?.extensions?.requestId, 'lb-7f3a.1');
    assert.equal(res.headers.get('x-request-id'), 'lb-7f3a.1');
  });

  it('should make up an id when none (or a malformed one) is given, the same in header and error', async () => {
    for (const given of [undefined, 'has spaces and is not an id']) {
      const res = await gql(url, WIDGET, { a: randomUUID() }, { headers: given ? { 'x-request-id': given } : {} });
      const id = res.headers.get('x-request-id');
      assert.match(id ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(res.errors?.[0]?.extensions?.requestId, id);
    }
  });

  it(
    'should put the id on every log line the request causes, ' + 'also in code that only knows services.logger',
    async () => {
      const res = await fetch(`${url}/webhooks/stripe`, {
        method: 'POST',
        headers: { 'x-request-id': 'rid-webhook-1', 'stripe-signature': 't=1,v1=bad' },
        body: '{}',
      });
      assert.equal(res.status, 400);
      assert.equal(res.headers.get('x-request-id'), 'rid-webhook-1');
      const mine = lines.filter((l) => l.requestId === 'rid-webhook-1');
      assert.ok(
        mine.some((l) => String(l.msg).includes('bad signature')),
        JSON.stringify(lines.slice(-3)),
      );
      assert.ok(
        lines.filter((l) => String(l.msg).includes('bad signature')).every((l) => typeof l.requestId === 'string'),
      );
    },
  );

  it('should carry no request id on lines no request caused', () => {
    app.services.logger.info('background line');
    assert.equal(lines.at(-1)!.requestId, undefined);
  });
});

describe('request ids over graphql-ws', () => {
  let database: TestDatabase;
  let app: App;
  const lines: Array<Record<string, unknown>> = [];
  before(async () => {
    database = await openTestDatabase();
    const logger = createLogger('info', { write: (line: string) => void lines.push(JSON.parse(line)) });
    app = await startApp({
      config: testConfig({ PORT: 0, HOST: '127.0.0.1', LOG_LEVEL: 'info', RATE_LIMIT_PER_MINUTE: 0 }),
      dbHandle: database.handle,
      logger,
      holdSweeper: false,
      sessionGenerator: false,
    });
  });
  after(async () => {
    await app.stop();
    await database.close();
  });

  it("should give each ws operation's errors its request id", async () => {
    const client = wsClient(app.server.url);
    try {
      const sub = subscribe(client, WIDGET, { a: randomUUID() });
      const result = await sub.nth(0);
      const ext: { code?: string; requestId?: string } | undefined = result.errors?.[0]?.extensions;
      assert.equal(ext?.code, 'NOT_FOUND');
      assert.match(ext?.requestId ?? '', /^[0-9a-f-]{36}$/);
    } finally {
      await client.dispose();
    }
  });
});
