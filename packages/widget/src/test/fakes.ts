import type { Clock } from '../internal/clock.ts';
import type { LiveData, LiveQuery, LiveSource } from '../internal/live.ts';
import type { CalendarDay, Session, WidgetConfig } from '../internal/types.ts';

/** A clock that moves only when the test says so, firing due intervals in order. */
export class ManualClock implements Clock {
  private timers: { ms: number; fn: () => void; next: number }[] = [];
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  every(ms: number, fn: () => void): () => void {
    const timer = { ms, fn, next: this.t + ms };
    this.timers.push(timer);
    return () => {
      this.timers = this.timers.filter((x) => x !== timer);
    };
  }
  get active(): number {
    return this.timers.length;
  }
  advance(ms: number): void {
    const end = this.t + ms;
    for (;;) {
      const due = this.timers.filter((x) => x.next <= end).sort((a, b) => a.next - b.next)[0];
      if (!due) break;
      this.t = due.next;
      due.next += due.ms;
      due.fn();
    }
    this.t = end;
  }
}

export interface Watcher {
  query: LiveQuery;
  on: (data: unknown) => void;
  fail: (e: unknown) => void;
}

/** A push channel the test drives: `push*()` an update, `breakDown()` to make it fail. */
export class FakeLive implements LiveSource {
  all: Watcher[] = [];
  closed = false;
  watch<Q extends LiveQuery>(query: Q, on: (d: LiveData<Q>) => void, fail: (e: unknown) => void): () => void {
    const w: Watcher = { query, on: on as (d: unknown) => void, fail };
    this.all.push(w);
    return () => {
      this.all = this.all.filter((x) => x !== w);
    };
  }
  /** The availability watches, as [activityId, date]-bearing objects. */
  get watchers(): (Watcher & { activityId: string; date: string })[] {
    return this.all
      .filter((w) => w.query.kind === 'availability')
      .map((w) => ({ ...w, ...(w.query as { activityId: string; date: string }) }));
  }
  of(kind: LiveQuery['kind']): Watcher[] {
    return this.all.filter((w) => w.query.kind === kind);
  }
  close(): void {
    this.closed = true;
  }
  push(sessions: Session[]): void {
    for (const w of this.of('availability')) w.on(sessions);
  }
  pushDays(days: CalendarDay[]): void {
    for (const w of this.of('calendar')) w.on(days);
  }
  pushConfig(config: WidgetConfig): void {
    for (const w of this.of('config')) w.on(config);
  }
  breakDown(): void {
    for (const w of [...this.all]) w.fail(new Error('WebSocket blocked'));
  }
}
