/**
 * Session generation throughput (issue 3): 100 activities × 365 days × 15-minute
 * slots 09:00–23:00 into a fresh PostgreSQL database, then the same again (a
 * no-op: what exists is read first, nothing is written). Prints one JSON line.
 *
 *   pnpm --filter @slotkit/bench generate-sessions
 *   env: BENCH_PG_URL (server to create the database on), BENCH_ACTIVITIES (100), BENCH_DAYS (365),
 *        BENCH_CONCURRENCY (cores: activities generated at once, one transaction each)
 */
import { cpus } from 'node:os';
import { createDb } from '../packages/server/src/db/client.ts';
import { runMigrations } from '../packages/server/src/db/migrate.ts';
import { activities, organizations, venues } from '../packages/server/src/db/schema/index.ts';
import { generateAll } from '../packages/server/src/domain/schedule/generate-many.ts';
import type { ActivitySettingsInput } from '../packages/core/src/settings.ts';
import { createScratchDatabase } from './scratch-database.ts';

const activityCount = Number(process.env.BENCH_ACTIVITIES ?? 100);
const days = Number(process.env.BENCH_DAYS ?? 365);
// One transaction per core: with binary COPY the client's share is small (plan + encode ≈ 0.2 µs a
// row), and more writers than cores only queue on WAL and the indexes' right-edge pages
// (100 activities on 2 cores, one run each: 8.5 s at 2, 10.0 s at 3, 11.7 s at 4).
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? cpus().length);

const settings: ActivitySettingsInput = {
  operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  startTime: '09:00',
  endTime: '23:00',
  slotInterval: 15,
  advanceBooking: days,
};

async function main() {
  const scratch = await createScratchDatabase();
  const handle = await createDb({ url: scratch.url, max: concurrency + 1 });
  try {
    await runMigrations(handle);
    const db = handle.db;
    const [org] = await db.insert(organizations).values({ name: 'Bench' }).returning();
    const [venue] = await db
      .insert(venues)
      .values({
        organizationId: org!.id,
        name: 'Bench venue',
        embedKey: scratch.name,
        timezone: 'America/New_York',
        currency: 'USD',
      })
      .returning();
    await db.insert(activities).values(
      Array.from({ length: activityCount }, (_, i) => ({
        venueId: venue!.id,
        organizationId: org!.id,
        name: `Activity ${i + 1}`,
        durationMinutes: 15,
        capacity: 8,
        maxParty: 8,
        settings: settings,
      })),
    );
    const from = new Date().toISOString().slice(0, 10);
    const run = async () => {
      const started = performance.now();
      const result = await generateAll(db, { from, days, concurrency });
      return { ...result, ms: Math.round(performance.now() - started) };
    };
    const first = await run();
    const second = await run();
    // The second run pays once for setting hint bits on the fresh rows; the third is the steady daily re-run.
    const third = await run();
    process.stdout.write(
      JSON.stringify({
        activities: activityCount,
        days,
        concurrency,
        sessions: first.created,
        firstRunMs: first.ms,
        sessionsPerSec: Math.round((first.created / first.ms) * 1000),
        secondRunMs: second.ms,
        secondRunCreated: second.created,
        thirdRunMs: third.ms,
      }) + '\n',
    );
  } finally {
    await handle.close();
    await scratch.drop();
  }
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  process.exit(1);
});
