import type { Logger } from '../observability/logger.ts';
import type { Outbox } from '../outbox/outbox.ts';
import { periodicLoop } from './periodic.ts';

export interface OutboxWorkerOptions {
  readonly outbox: Outbox;
  readonly logger: Logger;
  /** @default 15000 */
  readonly intervalMs?: number;
}

export interface OutboxWorker {
  start(): void;
  /** Ends the loop and waits for a run in progress. */
  stop(): Promise<void>;
}

/** Retries what the immediate after-commit delivery could not do. */
export function createOutboxWorker(options: OutboxWorkerOptions): OutboxWorker {
  const loop = periodicLoop({
    run: () => options.outbox.deliverDue(),
    intervalMs: options.intervalMs ?? 15_000,
    logger: options.logger,
    failureMessage: 'outbox worker run failed; retrying next interval',
  });
  return { start: () => loop.start(), stop: () => loop.stop() };
}
