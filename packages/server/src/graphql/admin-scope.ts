import type { Tx } from '../db/client.ts';
import { withOrganization } from '../db/with-organization.ts';
import { requireOrganization } from './auth.ts';
import type { GraphQLContext } from './context.ts';

/**
 * The admin path's one door: UNAUTHENTICATED for the public, otherwise `fn`
 * runs in a transaction row-level security confines to the key's organization.
 */
export function asAdmin<T>(ctx: GraphQLContext, fn: (tx: Tx, organizationId: string) => Promise<T>): Promise<T> {
  const organizationId = requireOrganization(ctx.caller);
  return withOrganization(ctx.services.db, organizationId, (tx) => fn(tx, organizationId));
}
