import { and, eq, sql } from 'drizzle-orm';
import { queryRows, type Tx } from '../../db/client.ts';
import { retiredEmbedKeys } from '../../db/schema/index.ts';
import { badInput } from '../../errors.ts';

/** Advisory-lock namespace for one embed key: claiming and retiring it never interleave. */
const EMBED_KEY_LOCK = 727300;

const lockKey = (tx: Tx, embedKey: string) =>
  tx.execute(sql`select pg_advisory_xact_lock(${EMBED_KEY_LOCK}, hashtext(${embedKey}))`);

/**
 * Embed keys are unique forever (issue 16 item 3): a key retired by another organization is taken;
 * the organization that retired it may take it back (the reservation is then released).
 */
export async function claimEmbedKey(tx: Tx, organizationId: string, embedKey: string): Promise<void> {
  await lockKey(tx, embedKey);
  const [retired] = await tx.select().from(retiredEmbedKeys).where(eq(retiredEmbedKeys.embedKey, embedKey));
  if (!retired) return;
  if (retired.organizationId !== organizationId) throw badInput('This embedKey is taken', { field: 'embedKey' });
  await tx
    .delete(retiredEmbedKeys)
    .where(and(eq(retiredEmbedKeys.embedKey, embedKey), eq(retiredEmbedKeys.organizationId, organizationId)));
}

/** A key leaving its venue (rotation, deletion) stays reserved to its organization. */
export async function retireEmbedKey(tx: Tx, organizationId: string, embedKey: string): Promise<void> {
  await lockKey(tx, embedKey);
  await tx.insert(retiredEmbedKeys).values({ embedKey, organizationId }).onConflictDoNothing();
}

/**
 * Node's Intl and PostgreSQL ship different time zone databases: a zone only Node knows (such as
 * `US/Pacific-New`) would make every later query in that zone fail (issue 16 item 9).
 */
export async function assertDatabaseTimeZone(tx: Tx, timezone: string): Promise<void> {
  const [row] = await queryRows<{ known: boolean }>(
    tx,
    sql`select exists (select 1 from pg_timezone_names where name = ${timezone}) as known`,
  );
  if (!row?.known) {
    throw badInput('timezone must be an IANA time zone this database knows, such as Europe/Berlin', {
      field: 'timezone',
    });
  }
}
