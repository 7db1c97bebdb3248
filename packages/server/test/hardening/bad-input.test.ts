import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import WebSocket from 'ws';
import { queryRows, type DbOrTx } from '../../src/db/client.ts';
import { findCapacityMismatches } from '../../src/domain/reservations/capacity-check.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { createActivityFixture, createSession, RESERVE, reserveInput } from '../reservations/fixtures.ts';
import { hostileCases, type HostileCase, type HostileFixture } from './hostile-cases.ts';

/** Row count of every table in the public schema. */
async function rowCounts(db: DbOrTx): Promise<Record<string, number>> {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(name)}`);
    counts[name] = Number(row!.n);
  }
  return counts;
}

describe('bad-input suite: generated hostile requests', () => {
  let app: TestApp;
  let fx: HostileFixture;
  before(async () => {
    app = await startTestApp({ holdSweeper: false });
    const db = app.services.db;
    const a = await createActivityFixture(db, { maxParty: 8 });
    const other = await createActivityFixture(db);
    const sessionId = await createSession(db, a, { capacity: 10 });
    const held = await gql(app.url, RESERVE, { input: reserveInput(sessionId, { idempotencyKey: randomUUID() }) });
    const fullSessionId = await createSession(db, a, { capacity: 1 });
    await gql(app.url, RESERVE, { input: reserveInput(fullSessionId, { idempotencyKey: randomUUID() }) });
    fx = {
      activityId: a.activityId,
      sessionId,
      pastSessionId: await createSession(db, a, { startsAt: new Date(Date.now() - 86_400_000) }),
      closedSessionId: await createSession(db, a, { status: 'closed' }),
      fullSessionId,
      foreignPriceId: other.prices.custom,
      heldReservationId: held.data!.reserveSlot.id,
    };
  });
  after(() => app.stop());

  async function run(c: HostileCase): Promise<{ outcome: string; status?: number }> {
    if (c.kind === 'gql') {
      const res = await gql(app.url, c.query, c.variables as Record<string, unknown>, { apiKey: c.apiKey });
      return { outcome: outcomeOf(res.errors, res.data), status: res.status };
    }
    if (c.kind === 'raw') {
      const res = await fetch(`${app.url}${c.path ?? '/graphql'}`, {
        method: c.method ?? 'POST',
        headers: { 'content-type': c.contentType, 'apollo-require-preflight': c.method === 'GET' ? '1' : '' },
        body: c.method === 'GET' ? undefined : c.body,
      });
      const text = await res.text();
      let body: { errors?: Array<{ extensions?: { code?: string } }>; data?: unknown } = {};
      try {
        body = JSON.parse(text);
      } catch {
        return { outcome: `non-JSON ${res.status}`, status: res.status };
      }
      return { outcome: outcomeOf(body.errors, body.data), status: res.status };
    }
    return { outcome: await wsOutcome(app.url, c.frames) };
  }

  it('should answer at least 200 hostile requests each with a clear code, stay up and change no rows', async (t) => {
    const cases = hostileCases(fx);
    assert.ok(cases.length >= 200, `only ${cases.length} cases`);
    const rowsBefore = await rowCounts(app.services.db);
    const byOutcome: Record<string, number> = {};
    const wrong: string[] = [];
    for (const c of cases) {
      const { outcome, status } = await run(c);
      byOutcome[outcome] = (byOutcome[outcome] ?? 0) + 1;
      if (!c.expect.includes(outcome))
        wrong.push(`${c.kind} "${c.name}": got ${outcome}, expected ${c.expect.join('|')}`);
      if (status !== undefined && status >= 500) wrong.push(`${c.kind} "${c.name}": HTTP ${status}`);
    }
    const rowsAfter = await rowCounts(app.services.db);
    const changed = Object.keys(rowsBefore).filter((k) => rowsBefore[k] !== rowsAfter[k]);
    const health = await fetch(`${app.url}/healthz`);
    const mismatches = await findCapacityMismatches(app.services.db);
    t.diagnostic(`hostile requests sent: ${cases.length}; outcomes: ${JSON.stringify(byOutcome)}`);
    t.diagnostic(
      `tables with changed row counts: ${changed.length ? changed.join(', ') : 'none'}; ` +
        `capacity mismatches: ${mismatches.length}`,
    );
    assert.deepEqual(wrong, []);
    assert.deepEqual(changed, [], `row counts changed: ${JSON.stringify({ rowsBefore, rowsAfter })}`);
    assert.equal(health.status, 200);
    assert.deepEqual(mismatches, []);
    assert.equal(byOutcome.INTERNAL, undefined);
  });
});

function outcomeOf(errors: Array<{ extensions?: { code?: string } }> | undefined, data: unknown): string {
  if (errors?.length) return errors[0]!.extensions?.code ?? 'NO_CODE';
  const reserve = (data as { reserveSlot?: { __typename: string; reason?: string } } | null)?.reserveSlot;
  if (reserve?.__typename === 'InvalidReservation') return `InvalidReservation:${reserve.reason}`;
  if (reserve?.__typename === 'SlotUnavailable') return 'SlotUnavailable';
  if (reserve?.__typename === 'Reservation') return 'RESERVED';
  return data ? 'data' : 'empty';
}

/** Sends frames in order on a fresh socket; the outcome is the first error code, a close code, or data. */
function wsOutcome(baseUrl: string, frames: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    const ws = new WebSocket(baseUrl.replace('http', 'ws') + '/graphql', 'graphql-transport-ws');
    let settled = false;
    const done = (outcome: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      ws.terminate();
      resolve(outcome);
    };
    const timer = setTimeout(() => done('timeout'), 5_000);
    const queue = [...frames];
    const sendNext = () => {
      const frame = queue.shift();
      if (frame !== undefined) ws.send(frame);
    };
    ws.on('open', () => {
      // The init (if any) goes first; the rest once acknowledged, or all at once when there is no init.
      if (!frames[0]?.includes('connection_init')) while (queue.length) sendNext();
      else sendNext();
    });
    ws.on('message', (raw) => {
      const msg = JSON.parse(String(raw)) as { type: string; payload?: any };
      if (msg.type === 'connection_ack') while (queue.length) sendNext();
      else if (msg.type === 'error') done(msg.payload?.[0]?.extensions?.code ?? 'NO_CODE');
      else if (msg.type === 'next') done(msg.payload?.errors?.[0]?.extensions?.code ?? 'data');
    });
    ws.on('close', (code) => done(`close:${code}`));
    ws.on('error', () => {});
  });
}
