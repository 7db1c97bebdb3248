import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/client.ts';
import {
  activities,
  activityPrices,
  activitySessions,
  apiKeys,
  bookings,
  customers,
  organizations,
  slotReservations,
  venues,
} from '../../src/db/schema/index.ts';
import { withOrganization } from '../../src/db/with-organization.ts';
import { pgCode } from '../../src/domain/admin/venues.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { makeBooking, makeCatalog, makeOrganization } from './fixtures.ts';

const TABLES = {
  organizations,
  apiKeys,
  venues,
  activities,
  activityPrices,
  activitySessions,
  slotReservations,
  customers,
  bookings,
};

describe('row-level security on the admin path', () => {
  let app: TestApp;
  let a: { id: string; key: string };
  let b: { id: string; key: string };
  let bVenueId: string;

  before(async () => {
    app = await startTestApp();
    a = await makeOrganization(app.services.db, 'Org A');
    b = await makeOrganization(app.services.db, 'Org B');
    const ca = await makeCatalog(app.url, a.key, 'A Venue');
    const cb = await makeCatalog(app.url, b.key, 'B Venue');
    bVenueId = cb.venueId;
    await makeBooking(app.services.db, a.id, ca.activityId);
    await makeBooking(app.services.db, b.id, cb.activityId);
  });
  after(() => app.stop());

  it('should show a query WITHOUT an organization filter only its own rows in every owned table', async () => {
    const db = app.services.db;
    for (const [name, table] of Object.entries(TABLES)) {
      const everything = await db.select().from(table);
      const scoped = await withOrganization(db, a.id, (tx) => tx.select().from(table));
      assert.ok(
        everything.length > scoped.length,
        `${name}: the owner sees both organizations (${everything.length} rows)`,
      );
      assert.ok(scoped.length > 0, `${name}: organization A sees its own rows`);
      for (const row of scoped as Array<Record<string, unknown>>) {
        const owner = name === 'organizations' ? row.id : name === 'activityPrices' ? undefined : row.organizationId;
        if (owner !== undefined) assert.equal(owner, a.id, `${name} leaked a row of another organization`);
      }
    }
    const prices = await withOrganization(db, a.id, (tx) =>
      queryRows<{ organization_id: string }>(
        tx,
        sql`select a.organization_id from activity_prices p join activities a on a.id = p.activity_id`,
      ),
    );
    assert.ok(prices.every((p) => p.organization_id === a.id));
  });

  it('should refuse to write a row for another organization and hide its rows from updates', async () => {
    const db = app.services.db;
    await assert.rejects(
      withOrganization(db, a.id, (tx) =>
        tx
          .insert(venues)
          .values({ organizationId: b.id, name: 'x', embedKey: `rls-${Date.now()}`, timezone: 'UTC', currency: 'EUR' }),
      ),
      (err) => pgCode(err) === '42501',
    );
    const updated = await withOrganization(db, a.id, (tx) => tx.update(venues).set({ name: 'hijacked' }).returning());
    assert.ok(updated.every((v) => v.organizationId === a.id));
    const [bVenue] = await db
      .select()
      .from(venues)
      .where(sql`${venues.id} = ${bVenueId}`);
    assert.equal(bVenue!.name, 'B Venue');
  });

  it('should see nothing when no organization is set, and leave the connection as it was', async () => {
    const db = app.services.db;
    const none = await db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'slotkit_admin', true)`);
      return tx.select().from(bookings);
    });
    assert.equal(none.length, 0);
    await withOrganization(db, a.id, (tx) => tx.select().from(venues));
    const [who] = await queryRows<{ user: string; org: string | null }>(
      db,
      sql`select current_user as "user", current_setting('app.organization_id', true) as org`,
    );
    assert.notEqual(who!.user, 'slotkit_admin');
    assert.ok(!who!.org, 'the organization setting is transaction-local');
  });
});
