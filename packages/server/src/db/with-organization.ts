import { sql } from 'drizzle-orm';
import type { Database, Tx } from './client.ts';

/** The NOLOGIN role the admin path runs as; its policies live in migration 0003_admin_rls. */
export const ADMIN_ROLE = 'slotkit_admin';

/**
 * Runs `fn` in a transaction that PostgreSQL row-level security confines to one
 * organization: the transaction switches to the `slotkit_admin` role (the
 * application's own login owns the tables or is a superuser and would bypass
 * RLS) and sets `app.organization_id`. Both settings are transaction-local
 * (`set_config(…, true)`), so a pooled connection never carries them on.
 * Resolver code still filters by organization; this is the second wall.
 * Inside `fn` use only `tx` (PGlite waits forever on the outer db).
 */
export function withOrganization<T>(db: Database, organizationId: string, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    // One round trip: `role` is the GUC behind SET ROLE.
    await tx.execute(
      sql`select set_config('role', ${ADMIN_ROLE}, true), set_config('app.organization_id', ${organizationId}, true)`,
    );
    return fn(tx);
  });
}
