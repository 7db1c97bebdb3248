/** The contract every change bus implements (PostgreSQL NOTIFY in bus.ts, NATS in nats-bus.ts). */

/** Called with the topic that changed; also called (with its own topic) after a reconnect. */
export type ChangeHandler = (topic: string) => void;

export type BusEvent =
  | { readonly type: 'change'; readonly topic: string }
  /** The listener came back after a drop: every topic was marked dirty. */
  | { readonly type: 'reconnected' }
  /** This instance's own health ping came back; lagMs = NOTIFY sent → received. */
  | { readonly type: 'ping'; readonly lagMs: number };

export interface BusStats {
  readonly listening: boolean;
  readonly topics: number;
  readonly changes: number;
  readonly reconnects: number;
  readonly lastLagMs: number | null;
  readonly maxLagMs: number | null;
}

/**
 * Delivers committed changes to this process. Transport-neutral on purpose:
 * a NATS or Redis adapter implements the same calls and the coalescer above
 * it does not change. A transport that can miss messages (a dropped
 * connection) must call every handler after it recovers.
 */
export interface ChangeBus {
  /** Begins listening; resolves once changes committed from now on will arrive. Idempotent. */
  start(): Promise<void>;
  subscribe(topic: string, handler: ChangeHandler): () => void;
  onAny(handler: (event: BusEvent) => void): () => void;
  stats(): BusStats;
  close(): Promise<void>;
}
