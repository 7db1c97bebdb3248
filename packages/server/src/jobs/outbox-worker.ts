import type { Logger } from '../observability/logger.ts';
import type { Outbox } from '../outbox/outbox.ts';

export interface OutboxWorkerOptions {
  readonly outbox: Outbox;
  readonly logger: Logger;
  /** @default 15000 */
  readonly intervalMs?: number;
}

export interface OutboxWorker {
  start(): void;
  stop(): Promise<void>;
}

/** Retries what the immediate after-commit delivery could not do. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = () => {
    running = options.outbox
      .deliverDue()
      .catch((err: unknown) => options.logger.warn({ err }, 'outbox worker run failed'));
  };
  return {
    start() {
      timer ??= setInterval(tick, options.intervalMs ?? 15_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
    },
  };
}
