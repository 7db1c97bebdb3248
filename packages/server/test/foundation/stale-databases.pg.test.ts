import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import postgres from 'postgres';
import { adminPostgresUrl, dropStaleTestDatabases } from '../support/database.ts';
import { requirePostgres } from '../support/postgres-only.ts';

/** The pid of a process that has ended (a pid is not reused this soon). */
const endedPid = (): number =>
  Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString());

describe('test databases left by killed runs', () => {
  it("should drop a dead process's test database and template, and keep a live one's", async (t) => {
    if (!(await requirePostgres(t))) return;
    const admin = postgres(adminPostgresUrl(), { max: 1, onnotice: () => {} });
    const dead = endedPid();
    const names = {
      deadFile: `slotkit_t_${dead}_0000dead`,
      deadTemplate: `slotkit_tpl_${dead}`,
      live: `slotkit_t_${process.pid}_0000a11e`,
    };
    try {
      for (const name of Object.values(names)) await admin.unsafe(`create database ${name}`);
      const dropped = await dropStaleTestDatabases(admin);
      assert.ok(dropped.includes(names.deadFile) && dropped.includes(names.deadTemplate), dropped.join(', '));
      assert.ok(!dropped.includes(names.live));
      const left = (await admin`select datname from pg_database`).map((r) => r.datname as string);
      assert.ok(left.includes(names.live), 'the live process keeps its database');
      assert.ok(!left.includes(names.deadFile) && !left.includes(names.deadTemplate));
    } finally {
      for (const name of Object.values(names)) await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 2 });
    }
  });
});
