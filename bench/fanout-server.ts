/**
 * The product's server (startApp, configured from the environment like
 * `src/main.ts`) plus an IPC channel so the fanout bench can read this
 * process's own RSS and the coalescer's counters without touching the API.
 */
import { startApp } from '../packages/server/src/bootstrap.ts';
import { loadConfig } from '../packages/server/src/config.ts';

export type ServerRequest = { type: 'stats'; id: number; key: string } | { type: 'stop' };
export interface ServerStats {
  type: 'stats';
  id: number;
  rssBytes: number;
  heapUsedBytes: number;
  cpuMicros: number;
  feeds: number;
  feed: { listeners: number; computes: number; pushes: number; pending: boolean } | null;
  bus: { changes: number; reconnects: number; lastLagMs: number | null; maxLagMs: number | null };
}

const app = await startApp({ config: loadConfig(process.env) });
process.send!({ type: 'ready', url: app.server.url });

process.on('message', (message: ServerRequest) => {
  if (message.type === 'stop') {
    void app.stop().finally(() => process.exit(0));
    return;
  }
  const { realtime } = app.services;
  const cpu = process.cpuUsage();
  const bus = realtime.bus.stats();
  const stats: ServerStats = {
    type: 'stats',
    id: message.id,
    rssBytes: process.memoryUsage().rss,
    heapUsedBytes: process.memoryUsage().heapUsed,
    cpuMicros: cpu.user + cpu.system,
    feeds: realtime.coalescer.size(),
    feed: realtime.coalescer.stats(message.key) ?? null,
    bus: { changes: bus.changes, reconnects: bus.reconnects, lastLagMs: bus.lastLagMs, maxLagMs: bus.maxLagMs },
  };
  process.send!(stats);
});
process.on('disconnect', () => void app.stop().finally(() => process.exit(0)));
