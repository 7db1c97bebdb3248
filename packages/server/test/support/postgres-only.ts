import type { TestContext } from 'node:test';
import { postgresReachable } from './database.ts';

/**
 * Concurrency is proven on PostgreSQL only (PGlite has one connection). Outside
 * CI an unreachable server skips loudly; under CI=true it fails the test.
 */
export async function requirePostgres(t: TestContext): Promise<boolean> {
  if (await postgresReachable()) return true;
  const message =
    'PostgreSQL is not reachable at SLOTKIT_TEST_PG_URL / 127.0.0.1:5432: this test needs real concurrency';
  if (process.env.CI === 'true') throw new Error(message);
  process.stderr.write(`\n!!! SKIPPED: ${message}\n`);
  t.skip(message);
  return false;
}
