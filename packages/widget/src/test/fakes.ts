import type { Clock } from '../internal/clock.ts';
import type { LiveSource } from '../internal/live.ts';
import type { Session } from '../internal/types.ts';

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

/** A push channel the test drives: `push()` an update, `breakDown()` to make it fail. */
export class FakeLive implements LiveSource {
  watchers: { activityId: string; date: string; on: (s: Session[]) => void; fail: (e: unknown) => void }[] = [];
  closed = false;
  watch(activityId: string, date: string, on: (s: Session[]) => void, fail: (e: unknown) => void): () => void {
    const w = { activityId, date, on, fail };
    this.watchers.push(w);
    return () => {
      this.watchers = this.watchers.filter((x) => x !== w);
    };
  }
  close(): void {
    this.closed = true;
  }
  push(sessions: Session[]): void {
    for (const w of [...this.watchers]) w.on(sessions);
  }
  breakDown(): void {
    for (const w of [...this.watchers]) w.fail(new Error('WebSocket blocked'));
  }
}
