/**
 * Writes a migrated, empty PGlite cluster to the path given as the first argument
 * (scripts/test-all.mjs runs it once per test run; test/support/database.ts loads it).
 */
import { writeFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from '../../src/db/client.ts';

const target = process.argv[2];
if (!target) throw new Error('usage: pglite-template.ts <file>');
const client = await PGlite.create('memory://');
await migrate(drizzle({ client }), { migrationsFolder });
// Dumped after a checkpoint, every copy starts without replaying the migrations' WAL (~15 % less CPU per open).
await client.query('checkpoint');
const dump = await client.dumpDataDir('none');
writeFileSync(target, Buffer.from(await dump.arrayBuffer()));
await client.close();
