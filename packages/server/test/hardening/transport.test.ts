import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import WebSocket from 'ws';
import { createLogger } from '../../src/observability/logger.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';

/** Opens a graphql-transport-ws socket and resolves with its close code after `send` runs. */
function closeCodeAfter(url: string, send: (ws: WebSocket) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    ws.on('open', () => send(ws));
    ws.on('close', (code) => resolve(code));
    ws.on('error', () => {}); // the close event carries the code
    setTimeout(() => reject(new Error('socket was not closed')), 10_000).unref();
  });
}

describe('HTTP and WebSocket transport limits', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.stop());

  it('should answer a body over 100 kB with 413 and a JSON BAD_USER_INPUT error', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(150_000) } }),
    });
    assert.equal(res.status, 413);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
  });

  it('should answer malformed JSON with 400 BAD_USER_INPUT', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": "{ __typename }"',
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_USER_INPUT');
  });

  it('should refuse a cross-site form POST (CSRF prevention) with BAD_USER_INPUT', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '{"query":"{ __typename }"}',
    });
    assert.equal(res.status, 400);
  });

  it('should close a WebSocket whose message exceeds 64 kB with 1009, without a stack trace on stderr', async (t) => {
    const printed = t.mock.method(console, 'error', () => {});
    const code = await closeCodeAfter(app.url, (ws) => ws.send('x'.repeat(70_000)));
    assert.equal(code, 1009);
    assert.equal(printed.mock.callCount(), 0);
  });

  it('should close a WebSocket that sends a malformed frame with 4400', async () => {
    const code = await closeCodeAfter(app.url, (ws) => ws.send('{not json'));
    assert.equal(code, 4400);
  });

  it('should keep serving after all of that', async () => {
    const res = await gql(app.url, '{ __typename }');
    assert.equal(res.errors, undefined);
    assert.equal(errorCode(await gql(app.url, '{ nope }')), 'BAD_USER_INPUT');
  });

  it('should send the security headers on every response', async () => {
    for (const path of ['/healthz', '/graphql?query=%7B__typename%7D', '/no-such-page']) {
      const res = await fetch(`${app.url}${path}`, { headers: { 'apollo-require-preflight': '1' } });
      const csp = res.headers.get('content-security-policy') ?? '';
      // Express's own 404 page sends an even stricter CSP (default-src 'none' alone).
      assert.match(csp, /default-src 'none'/, path);
      assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/, path);
      if (path !== '/no-such-page') assert.match(csp, /frame-ancestors 'self'/, path);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', path);
      assert.equal(res.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path);
      assert.equal(res.headers.get('x-powered-by'), null, path);
    }
  });
});

describe('logging', () => {
  it('should redact API keys, secrets and cookies wherever they are logged', () => {
    const lines: string[] = [];
    const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
    const logger = createLogger('info', sink);
    logger.info(
      { req: { headers: { authorization: 'Bearer slk_secret_value', cookie: 'sid=secret_cookie' } } },
      'request',
    );
    logger.info(
      { input: { apiKey: 'slk_another_secret' }, stripe: { secret: 'whsec_secret' }, user: { password: 'hunter2' } },
      'misc',
    );
    const out = lines.join('');
    for (const secret of ['slk_secret_value', 'secret_cookie', 'slk_another_secret', 'whsec_secret', 'hunter2']) {
      assert.ok(!out.includes(secret), `${secret} leaked: ${out}`);
    }
    assert.match(out, /\[redacted\]/);
  });
});
