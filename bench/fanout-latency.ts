/** Latency bookkeeping for the fanout bench: 1 ms histograms, no per-sample arrays. */

export class Histogram {
  private readonly counts = new Uint32Array(60_001);
  private n = 0;
  add(ms: number): void {
    this.counts[Math.min(60_000, Math.max(0, Math.round(ms)))]! += 1;
    this.n += 1;
  }
  get count(): number {
    return this.n;
  }
  quantile(q: number): number | null {
    if (this.n === 0) return null;
    const target = Math.ceil(q * this.n);
    let seen = 0;
    for (let ms = 0; ms < this.counts.length; ms++) {
      seen += this.counts[ms]!;
      if (seen >= target) return ms;
    }
    return 60_000;
  }
  summary() {
    return {
      samples: this.n,
      p50: this.quantile(0.5),
      p95: this.quantile(0.95),
      p99: this.quantile(0.99),
      max: this.quantile(1),
    };
  }
}

export interface Push {
  /** performance.now() at the client when the message was handled */
  readonly at: number;
  /** reservations the pushed state reflects (capacity − remaining) */
  readonly seatsTaken: number;
}

export interface Reservation {
  readonly sentAt: number;
  readonly answeredAt: number;
}

/**
 * For the k-th committed reservation (ordered by answer time, which follows
 * commit order), the push that first reflects it is the first with
 * seatsTaken ≥ k. Latency is measured from the answer (commit happened just
 * before it: a slight under-estimate) and from the request start (an
 * over-estimate that includes the mutation itself).
 */
export function pushLatencies(reservations: readonly Reservation[], pushesPerClient: ReadonlyArray<readonly Push[]>) {
  const ordered = [...reservations].sort((a, b) => a.answeredAt - b.answeredAt);
  const fromAnswer = new Histogram();
  const fromRequest = new Histogram();
  let missing = 0;
  for (const pushes of pushesPerClient) {
    let p = 0;
    for (let k = 1; k <= ordered.length; k++) {
      while (p < pushes.length && pushes[p]!.seatsTaken < k) p++;
      if (p === pushes.length) {
        missing += ordered.length - k + 1;
        break;
      }
      const r = ordered[k - 1]!;
      fromAnswer.add(pushes[p]!.at - r.answeredAt);
      fromRequest.add(pushes[p]!.at - r.sentAt);
    }
  }
  return { fromAnswer: fromAnswer.summary(), fromRequest: fromRequest.summary(), missing };
}

/** Per distinct pushed state: time from the first client to the last client receiving it. */
export function fanoutSpread(pushesPerClient: ReadonlyArray<readonly Push[]>) {
  const windows = new Map<number, { first: number; last: number }>();
  for (const pushes of pushesPerClient) {
    for (const push of pushes) {
      const w = windows.get(push.seatsTaken);
      if (!w) windows.set(push.seatsTaken, { first: push.at, last: push.at });
      else {
        w.first = Math.min(w.first, push.at);
        w.last = Math.max(w.last, push.at);
      }
    }
  }
  const h = new Histogram();
  for (const w of windows.values()) h.add(w.last - w.first);
  return h.summary();
}
