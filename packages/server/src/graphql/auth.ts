import type { DbOrTx } from '../db/client.ts';
import { findActiveApiKey } from '../domain/admin/api-keys.ts';
import { unauthenticated } from '../errors.ts';

export type Caller =
  { readonly kind: 'public' } | { readonly kind: 'admin'; readonly organizationId: string; readonly apiKeyId: string };

/**
 * Resolves `Authorization: Bearer <key>` (domain/admin/api-keys.ts looks the
 * key up by its digest). No header → public caller; a bad or revoked key →
 * UNAUTHENTICATED.
 */
export async function resolveCaller(db: DbOrTx, authorization: string | undefined): Promise<Caller> {
  if (!authorization) return { kind: 'public' };
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('Authorization must be "Bearer <api key>"');
  const row = await findActiveApiKey(db, match[1]);
  if (!row) throw unauthenticated('This API key is unknown or revoked');
  return { kind: 'admin', organizationId: row.organizationId, apiKeyId: row.id };
}

/** The organization id of an admin caller; UNAUTHENTICATED for the public. */
export function requireOrganization(caller: Caller): string {
  if (caller.kind !== 'admin') throw unauthenticated();
  return caller.organizationId;
}
