import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openTestDatabase, type TestDatabase } from '../support/database.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { createActivityFixture, type ActivityFixture } from '../reservations/fixtures.ts';

const PER_MINUTE = 30;
const WINDOW_MS = 60_000;
const QUERY = `query($id: ID) { widgetConfig(activityId: $id) { venue { id } } }`;

describe('rate limits across two instances on one PostgreSQL', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let fx: ActivityFixture;
  let now = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 5_000;
  const clock = () => new Date(now);
  before(async (t) => {
    if (!(await requirePostgres(t as never))) return;
    database = await openTestDatabase('postgres', { max: 20 });
    a = await startTestApp({ database, config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE }, now: clock, holdSweeper: false });
    b = await startTestApp({ database, config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE }, now: clock, holdSweeper: false });
    fx = await createActivityFixture(database.handle.db);
  });
  after(async () => {
    await a?.stop();
    await b?.stop();
    await database?.close();
  });

  it('should share one budget: alternating requests between the instances get exactly the budget', async () => {
    now += WINDOW_MS;
    const codes: Array<string | undefined> = [];
    for (let i = 0; i < PER_MINUTE + 10; i++)
      codes.push(errorCode(await gql((i % 2 ? a : b).url, QUERY, { id: fx.activityId })));
    assert.equal(codes.filter((c) => c === undefined).length, PER_MINUTE);
    assert.equal(codes.filter((c) => c === 'RATE_LIMITED').length, 10);
  });

  it('should allow exactly the budget under 120 concurrent requests split over both instances', async () => {
    now += WINDOW_MS;
    const results = await Promise.all(
      Array.from({ length: 120 }, (_, i) => gql((i % 2 ? a : b).url, QUERY, { id: fx.activityId })),
    );
    const ok = results.filter((r) => r.errors === undefined).length;
    const limited = results.filter((r) => errorCode(r) === 'RATE_LIMITED' && r.status === 429).length;
    assert.equal(ok, PER_MINUTE);
    assert.equal(limited, 120 - PER_MINUTE);
  });
});
