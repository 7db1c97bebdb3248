// Signing in: the admin key is checked by reading the organization and its
// venues, then kept in sessionStorage (gone with the tab; the GraphQL tab's
// framed GraphiQL reads the same entry). Every request after that goes through
// a client that reports UNAUTHENTICATED (a revoked key) so the shell signs out.
import {
  createSlotkitClient,
  isSlotkitError,
  OrganizationDocument,
  VenuesDocument,
  type SlotkitClient,
} from '@slotkit/sdk';
import type { ConsoleOrganization } from './context.ts';

export const STORAGE_KEY = 'slotkit.console.apiKey';

export const storedKey = (): string | null => sessionStorage.getItem(STORAGE_KEY);
export const storeKey = (key: string): void => sessionStorage.setItem(STORAGE_KEY, key);
export const forgetKey = (): void => sessionStorage.removeItem(STORAGE_KEY);

/** A client whose every UNAUTHENTICATED failure also calls `onUnauthenticated` (then rejects as usual). */
export function consoleClient(apiKey: string, onUnauthenticated: () => void): SlotkitClient {
  const client = createSlotkitClient({ url: new URL('/graphql', location.href).href, apiKey });
  const watch = <T>(p: Promise<T>): Promise<T> =>
    p.catch((err: unknown) => {
      if (isSlotkitError(err, 'UNAUTHENTICATED')) onUnauthenticated();
      throw err;
    });
  return {
    ...client,
    query: (doc, ...args) => watch(client.query(doc, ...args)),
    mutate: (doc, ...args) => watch(client.mutate(doc, ...args)),
  };
}

/** The organization the key belongs to, with its venues; rejects with UNAUTHENTICATED for a wrong key. */
export async function readOrganization(client: SlotkitClient): Promise<ConsoleOrganization> {
  const [{ organization }, { venues }] = await Promise.all([
    client.query(OrganizationDocument),
    client.query(VenuesDocument),
  ]);
  return { id: organization.id, name: organization.name, venues };
}
