import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { Agent, request } from 'node:http';
import { openTestDatabase, testDriver, type TestDatabase } from '../support/database.ts';
import { pgliteServerDataDir } from '../support/pglite-data-dir.ts';
import { startChildServer, type ChildServer } from './child-server.ts';

/** What one request came to: answered (with its status), refused at connect, or cut off after it was sent. */
type Outcome =
  { kind: 'answered'; status: number; after: boolean } | { kind: 'refused' } | { kind: 'reset'; detail: string };

const BODY = JSON.stringify({ query: '{ __typename }' });

/** One request on a keep-alive agent; `afterSignal` says whether SIGTERM had been sent when it was. */
function send(url: string, agent: Agent, signalled: () => boolean): Promise<Outcome> {
  const after = signalled();
  return new Promise((resolve) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(BODY)) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ kind: 'answered', status: res.statusCode!, after }));
      res.on('error', (err) => resolve({ kind: 'reset', detail: `response: ${err.message}` }));
    });
    req.on('error', (err: NodeJS.ErrnoException) => {
      resolve(
        err.code === 'ECONNREFUSED' ? { kind: 'refused' } : { kind: 'reset', detail: `${err.code}: ${err.message}` },
      );
    });
    req.end(BODY);
  });
}

/**
 * Clients that keep sending until the server has exited: each on its own
 * keep-alive connection, so requests arrive on connections opened before the
 * signal as well as on new ones.
 */
async function underLoad(server: ChildServer, clients: number) {
  let signalledAt = 0;
  let exited = false;
  void server.exited.then(() => (exited = true));
  const outcomes: Outcome[] = [];
  const loops = Array.from({ length: clients }, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    while (!exited) {
      const outcome = await send(server.url, agent, () => signalledAt > 0);
      outcomes.push(outcome);
      if (outcome.kind === 'refused') await new Promise((r) => setTimeout(r, 5));
    }
    agent.destroy();
  });
  // Load first: every client has answers on its connection before the signal.
  while (outcomes.filter((o) => o.kind === 'answered').length < clients * 20)
    await new Promise((r) => setTimeout(r, 10));
  signalledAt = Date.now();
  server.process.kill('SIGTERM');
  const code = await server.exited;
  const exitMs = Date.now() - signalledAt;
  await Promise.all(loops);
  return { code, exitMs, outcomes };
}

describe('SIGTERM under load', () => {
  let database: TestDatabase | undefined;
  const dataDirs: Array<{ remove(): void }> = [];
  after(async () => {
    await database?.close();
    for (const dir of dataDirs) dir.remove();
  });

  async function env(): Promise<Record<string, string>> {
    const limitsOff = { RATE_LIMIT_PER_MINUTE: '0', HOLDS_PER_IP: '0', HOLDS_PER_EMAIL: '0' };
    if (testDriver() !== 'postgres') {
      // A fresh database for every server, as in memory.
      const dataDir = pgliteServerDataDir();
      dataDirs.push(dataDir);
      return { ...limitsOff, SLOTKIT_DATA_DIR: dataDir.dir };
    }
    database ??= await openTestDatabase('postgres');
    return { ...limitsOff, DATABASE_URL: database.url! };
  }

  for (const via of ['node', 'pnpm'] as const) {
    const launcher = via === 'pnpm' ? 'pnpm start' : 'node src/main.ts';
    it(`should exit 0 and never reset a request it accepted (${launcher})`, async (t) => {
      const launched = Date.now();
      const server = await startChildServer(await env(), via);
      t.diagnostic(`${via}: listening after ${Date.now() - launched} ms`);
      const { code, exitMs, outcomes } = await underLoad(server, 16);
      const count = (pred: (o: Outcome) => boolean) => outcomes.filter(pred).length;
      const resets = outcomes.filter((o): o is Extract<Outcome, { kind: 'reset' }> => o.kind === 'reset');
      const okAfter = count((o) => o.kind === 'answered' && o.status === 200 && o.after);
      const unavailable = count((o) => o.kind === 'answered' && o.status === 503);
      t.diagnostic(
        `${via}: ${outcomes.length} requests; after SIGTERM ${okAfter} answered 200, ${unavailable} answered 503, ` +
          `${count((o) => o.kind === 'refused')} refused at connect, ${resets.length} reset; ` +
          `exit ${code} after ${exitMs} ms`,
      );
      assert.equal(code, 0, server.output());
      assert.deepEqual(
        resets.map((r) => r.detail),
        [],
        'no request was cut off',
      );
      assert.equal(
        count((o) => o.kind === 'answered' && ![200, 503].includes(o.status)),
        0,
        'only 200 or 503',
      );
      assert.ok(unavailable + count((o) => o.kind === 'refused') > 0, 'requests after the signal were turned away');
      assert.match(server.output(), /"msg":"shutting down"/);
      assert.match(server.output(), /"msg":"stopped"/, 'app.stop() finished before the exit');
      assert.ok(exitMs < 10_000, `took ${exitMs} ms`);
    });
  }

  it('should finish its stop and exit 0 when the signal comes twice (group signal, pnpm forwards it)', async () => {
    const server = await startChildServer(await env(), 'node');
    // An idle keep-alive connection keeps the drain busy for a moment, so the repeat lands mid-stop.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    assert.equal((await send(server.url, agent, () => false)).kind, 'answered');
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 100));
    server.process.kill('SIGTERM');
    assert.equal(await server.exited, 0, server.output());
    agent.destroy();
    assert.match(server.output(), /"msg":"already shutting down"/);
    assert.match(server.output(), /"msg":"stopped"/, 'the repeat did not cut app.stop() short');
  });
});
