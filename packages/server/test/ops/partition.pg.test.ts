import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { seedDemo } from '../../src/seed/demo.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createSession } from '../realtime/fixtures.ts';

const script = fileURLToPath(new URL('../../scripts/partition-sessions.sql', import.meta.url));
const RESERVE = `mutation($input: ReserveSlotInput!) { reserveSlot(input: $input) { __typename ... on Reservation {
  id } } }`;

/** The partition script on a small copy: the seeded demo plus a live hold, converted, then used by the app. */
describe('scripts/partition-sessions.sql', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let app: TestApp;
  let activityId: string;
  let before_: { sessions: number; reservationId: string; sessionId: string };

  before(async () => {
    if (!(await postgresReachable())) return;
    database = await openTestDatabase('postgres');
    app = await startTestApp({ database, holdSweeper: false });
    activityId = (await seedDemo(app.services.db, { publicOrigin: app.url })).activityIds[1]!;
    const session = await createSession(app.services.db, activityId, { date: '2030-06-22', hour: 8, capacity: 6 });
    const res = await gql(app.url, RESERVE, {
      input: {
        sessionId: session.id,
        tickets: [{ tier: 'ADULT', quantity: 2 }],
        email: 'p@example.com',
        idempotencyKey: 'partition-1',
      },
    });
    assert.equal(res.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
    sql = postgres(database.url!, { max: 1, onnotice: () => {} });
    const { n } = (await sql<{ n: number }[]>`select count(*)::int as n from activity_sessions`)[0]!;
    before_ = { sessions: n, reservationId: res.data.reserveSlot.id, sessionId: session.id };
    await sql.unsafe(await readFile(script, 'utf8'));
  });
  after(async () => {
    await sql?.end({ timeout: 2 });
    await app?.stop();
    await database?.close();
  });

  it('should leave a partitioned table with every row, monthly partitions and a default one', async (t) => {
    if (!(await requirePostgres(t))) return;
    const { kind } = (
      await sql<{ kind: string }[]>`select relkind as kind from pg_class where relname = 'activity_sessions'`
    )[0]!;
    assert.equal(kind, 'p');
    const { n } = (await sql<{ n: number }[]>`select count(*)::int as n from activity_sessions`)[0]!;
    assert.equal(n, before_.sessions);
    const parts = await sql<
      { name: string }[]
    >`select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid
      where i.inhparent = 'activity_sessions'::regclass`;
    assert.ok(parts.some((p) => p.name === 'activity_sessions_default'));
    assert.ok(
      parts.some((p) => p.name === 'activity_sessions_y2030m06'),
      'the month of the 2030 session',
    );
    const { misplaced } = (
      await sql<{ misplaced: number }[]>`select count(*)::int as misplaced from activity_sessions_default`
    )[0]!;
    assert.equal(misplaced, 0, 'every existing session lands in its month');
    assert.equal(
      await sql`select 1 from pg_class where relname = 'activity_sessions_unpartitioned'`.then((r) => r.length),
      0,
    );
  });

  it('should still refuse a second session at the same start and a reservation of a missing session', async (t) => {
    if (!(await requirePostgres(t))) return;
    await assert.rejects(
      createSession(app.services.db, activityId, { date: '2030-06-22', hour: 8 }),
      (err: any) => (err.cause?.code ?? err.code) === '23505',
    );
    await assert.rejects(
      sql`insert into slot_reservations
            (session_id, organization_id, party_size, tickets, total_cents, currency, email, expires_at,
             idempotency_key, request_hash)
          select gen_random_uuid(), organization_id, 1, '[]', 0, 'USD', 'x@example.com', now(), 'orphan', 'h'
          from activity_sessions limit 1`,
      (err: any) => err.code === '23503',
    );
  });

  it('should keep serving the app: reserve on the converted table, and delete a session with its holds', async (t) => {
    if (!(await requirePostgres(t))) return;
    const session = await createSession(app.services.db, activityId, { date: '2031-02-03', hour: 8, capacity: 4 });
    const res = await gql(app.url, RESERVE, {
      input: {
        sessionId: session.id,
        tickets: [{ tier: 'ADULT', quantity: 3 }],
        email: 'q@example.com',
        idempotencyKey: 'partition-2',
      },
    });
    assert.equal(res.data?.reserveSlot.__typename, 'Reservation', JSON.stringify(res));
    const { left } = (
      await sql<{ left: number }[]>`select capacity_remaining as left from activity_sessions where id = ${session.id}`
    )[0]!;
    assert.equal(left, 1);
    await sql`delete from activity_sessions where id = ${before_.sessionId}`;
    assert.equal(
      (await sql`select 1 from slot_reservations where id = ${before_.reservationId}`).length,
      0,
      'holds go with their session',
    );
    const { made } = (await sql<{ made: number }[]>`select slotkit_ensure_session_partitions(1) as made`)[0]!;
    assert.equal(made, 0, 'the coming months exist already');
  });
});
