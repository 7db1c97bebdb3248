import { randomBytes } from 'node:crypto';
import postgres from 'postgres';

/** The server benchmarks create their scratch databases on. */
export const adminUrl = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface ScratchDatabase {
  readonly name: string;
  /** postgres:// URL of the new, empty database. */
  readonly url: string;
  /** Drops it (closing whatever still uses it). */
  drop(): Promise<void>;
}

/** A fresh, empty database per benchmark run, so runs never see each other's rows. */
export async function createScratchDatabase(prefix = 'slotkit_bench'): Promise<ScratchDatabase> {
  const name = `${prefix}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end({ timeout: 2 });
    },
  };
}
