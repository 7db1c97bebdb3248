import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { seedDemo } from '../../src/seed/demo.ts';
import { activityTopic, notifyChange } from '../../src/realtime/topics.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { openTestDatabase, postgresReachable, type TestDatabase } from '../support/database.ts';
import { gql } from '../support/graphql.ts';
import { requirePostgres } from '../support/postgres-only.ts';
import { natsReachable, natsUrl, requireNats, startChild, type ChildInstance } from './support.ts';

const WIDGET = `query($a: ID) { widgetConfig(activityId: $a) { activities { name } } }`;

/**
 * CHANGE_BUS=nats with the relay instance gone: the other instance takes the
 * relay lock, publishes a resync (its cache is cleared) and relays from then on.
 */
describe('NATS change bus when the relay instance stops', () => {
  let database: TestDatabase;
  let a: TestApp;
  let b: ChildInstance;
  let activityId: string;

  before(async () => {
    if (!(await postgresReachable()) || !(await natsReachable())) return;
    database = await openTestDatabase('postgres');
    a = await startTestApp({
      database,
      config: { CHANGE_BUS: 'nats', NATS_URL: natsUrl(), DATABASE_URL: database.url },
    });
    activityId = (await seedDemo(a.services.db, { publicOrigin: a.url })).activityIds[0]!;
    b = await startChild(database.url!, { CHANGE_BUS: 'nats', NATS_URL: natsUrl() });
  });
  after(async () => {
    await b?.stop();
    await a?.stop();
    await database?.close();
  });

  it('should keep delivering committed changes to B after A, the relay, stops', async (t) => {
    if (!(await requirePostgres(t)) || !(await requireNats(t))) return;
    const nameOnB = async () =>
      (await gql(b.url, WIDGET, { a: activityId })).data?.widgetConfig.activities[0].name as string;
    const rename = (name: string) =>
      database.handle.db.transaction(async (tx) => {
        await tx.execute(sql`update activities set name = ${name} where id = ${activityId}::uuid`);
        await notifyChange(tx, activityTopic(activityId));
      });
    const seen = async (name: string, withinMs: number) => {
      const started = Date.now();
      while (Date.now() - started < withinMs) {
        if ((await nameOnB()) === name) return Date.now() - started;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error(`B did not show "${name}" within ${withinMs} ms`);
    };

    await nameOnB(); // cached on B
    await rename('Relayed by A');
    await seen('Relayed by A', 500);

    await a.stop(); // the relay's lock session ends with it
    await nameOnB();
    await rename('After failover');
    // B takes the lock within one check interval (2 s), resyncs (clearing its cache), then relays.
    const ms = await seen('After failover', 5_000);
    t.diagnostic(`change visible on B ${ms} ms after the relay instance stopped`);
    await rename('Relayed by B');
    assert.ok((await seen('Relayed by B', 500)) < 500);
  });
});
