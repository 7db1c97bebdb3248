/**
 * `postgres-template.ts create <name>` makes a migrated, empty PostgreSQL database that
 * test/support/database.ts copies for every test file (SLOTKIT_PG_TEMPLATE_DB); `drop <name>`
 * removes it. scripts/test-all.mjs runs both once per run. `create` first drops what killed runs
 * left on a server of this machine (dropStaleTestDatabases).
 */
import postgres from 'postgres';
import { createDb } from '../../src/db/client.ts';
import { runMigrations } from '../../src/db/migrate.ts';
import { adminPostgresUrl, dropStaleTestDatabases, PLAIN_NAME } from './database.ts';

const [command, name] = process.argv.slice(2);
if (!name || !PLAIN_NAME.test(name) || (command !== 'create' && command !== 'drop')) {
  throw new Error('usage: postgres-template.ts create|drop <name>');
}
const admin = postgres(adminPostgresUrl(), { max: 1, onnotice: () => {} });
try {
  if (command === 'create') await dropStaleTestDatabases(admin);
  // A run that was killed leaves its template behind: the name carries the runner's pid, so a
  // leftover of the same name is stale.
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  if (command === 'create') {
    await admin.unsafe(`create database ${name}`);
    const url = new URL(adminPostgresUrl());
    url.pathname = `/${name}`;
    // Two connections: runMigrations holds its advisory lock on one while migrating on the other.
    const handle = await createDb({ url: url.toString(), max: 2 });
    await runMigrations(handle);
    // Copies need a template nobody is connected to.
    await handle.close();
  }
} finally {
  await admin.end({ timeout: 2 });
}
