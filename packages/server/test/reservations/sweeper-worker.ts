// A second (and third) server process for sweeper.pg.test.ts: opens the given
// database, says "ready", waits for "go" on stdin (a start barrier, not a
// sleep), sweeps until nothing is left, prints what it expired as JSON.
import { createInterface } from 'node:readline';
import { sql } from 'drizzle-orm';
import { createDb } from '../../src/db/client.ts';
import { createHoldSweeper } from '../../src/jobs/hold-sweeper.ts';
import { createLogger } from '../../src/observability/logger.ts';

const url = process.argv[2]!;
const batchSize = Number(process.argv[3] ?? 5);
const handle = await createDb({ url, max: 4 });
const checkouts: string[] = [];
const sweeper = createHoldSweeper({
  services: {
    db: handle.db,
    logger: createLogger('silent'),
    payments: { expireCheckoutSession: async (id) => void checkouts.push(id) },
    now: () => new Date(),
  },
  batchSize,
  maxBatches: 1000,
});
await handle.db.execute(sql`select 1`); // connect before the barrier
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (line.trim() !== 'go') continue;
  const expiredIds: string[] = [];
  // Several sweeps, as the timer would run them, until one finds nothing.
  for (;;) {
    const { expiredIds: ids } = await sweeper.sweepOnce();
    if (ids.length === 0) break;
    expiredIds.push(...ids);
  }
  process.stdout.write(JSON.stringify({ expiredIds, checkouts }) + '\n');
  break;
}
lines.close();
await handle.close();
