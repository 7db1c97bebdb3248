import { z } from 'zod';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '../../db/client.ts';
import { apiKeys, organizations, type ApiKey, type Organization } from '../../db/schema/index.ts';
import { isUuid } from '../../db/ids.ts';
import { notFound } from '../../errors.ts';
import { parseInput } from '../parse-input.ts';
import { createApiKey } from './api-keys.ts';

/**
 * Bootstrap (DESIGN.md §9.1): a new organization and its first admin API key.
 * No API key can create an organization, so this runs as the database owner
 * (the `slotkit` CLI), never through GraphQL. The secret exists only in the
 * return value; the table keeps its SHA-256 digest.
 */
export async function createOrganization(
  tx: Tx,
  name: string,
): Promise<{ organization: Organization; apiKey: ApiKey; secret: string }> {
  const clean = parseInput(z.string().trim().min(1, 'must not be empty').max(200), name);
  const [organization] = await tx.insert(organizations).values({ name: clean }).returning();
  const { apiKey, secret } = await createApiKey(tx, organization!.id, 'admin');
  return { organization: organization!, apiKey, secret };
}

/** The organization an API key belongs to (by key id, not secret), NOT_FOUND when there is none. */
export async function organizationOfApiKey(db: DbOrTx, apiKeyId: string): Promise<string> {
  if (!isUuid(apiKeyId)) throw notFound('API key');
  const [row] = await db
    .select({ organizationId: apiKeys.organizationId })
    .from(apiKeys)
    .where(eq(apiKeys.id, apiKeyId));
  if (!row) throw notFound('API key');
  return row.organizationId;
}

/** Every organization, oldest first (operators list them to find an id). */
export function listOrganizations(db: DbOrTx): Promise<Organization[]> {
  return db.select().from(organizations).orderBy(organizations.createdAt, organizations.id);
}
