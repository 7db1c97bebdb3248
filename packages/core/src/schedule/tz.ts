/**
 * Venue-local wall time ↔ UTC instants with Intl only (no tz database of our
 * own). Intl is slow per call (~µs), so callers ask for a day's offsets once
 * and convert every slot of that day with plain arithmetic.
 */

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's UTC offset in minutes (local − UTC) at one instant. */
export function offsetMinutesAt(timeZone: string, instantMs: number): number {
  const p: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  const wallMs = Date.UTC(p.year!, p.month! - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((wallMs - Math.floor(instantMs / 1000) * 1000) / MINUTE_MS);
}

/** Days since 1970-01-01 of a YYYY-MM-DD date (calendar arithmetic, no zone). */
export function dayNumber(isoDate: string): number {
  return Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / DAY_MS;
}

/** YYYY-MM-DD of a day number. */
export function isoDateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** 0 = Monday … 6 = Sunday, matching WEEKDAYS. */
export function weekdayIndex(day: number): number {
  return (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
}

/** The venue-local calendar date of an instant. */
export function localDateOf(timeZone: string, instant: Date): string {
  const ms = instant.getTime();
  return new Date(ms + offsetMinutesAt(timeZone, ms) * MINUTE_MS).toISOString().slice(0, 10);
}

/** HH:mm of an instant in the zone. */
export function localTimeOf(timeZone: string, instant: Date): string {
  const ms = instant.getTime();
  return new Date(ms + offsetMinutesAt(timeZone, ms) * MINUTE_MS).toISOString().slice(11, 16);
}

/**
 * Converts the wall-clock minutes of one local day to instants. Built once per
 * (zone, day): the offsets a little before the day starts and after it ends
 * bound every offset inside it (offsets lie within −12 h … +14 h). When they
 * differ, the change instant is found by bisection (a dozen Intl calls), so
 * even a transition day costs no Intl call per slot.
 */
export class LocalDay {
  readonly day: number;
  private readonly before: number;
  private readonly after: number;
  /** First instant (ms) on the `after` offset; Infinity on a uniform day. */
  private readonly change: number = Infinity;

  constructor(timeZone: string, day: number) {
    this.day = day;
    let lo = day * DAY_MS - 14 * 3_600_000;
    let hi = (day + 1) * DAY_MS + 12 * 3_600_000;
    this.before = offsetMinutesAt(timeZone, lo);
    this.after = offsetMinutesAt(timeZone, hi);
    if (this.before === this.after) return;
    // Zones change offset on whole minutes; one change per window is assumed.
    while (hi - lo > MINUTE_MS) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
      if (offsetMinutesAt(timeZone, mid) === this.before) lo = mid;
      else hi = mid;
    }
    this.change = hi;
  }

  /** True when the offset is the same all day: every wall time exists exactly once. */
  get uniform(): boolean {
    return this.before === this.after;
  }

  private offsetAt(instantMs: number): number {
    return instantMs < this.change ? this.before : this.after;
  }

  /**
   * The instant (ms) of a wall-clock time, or null when the time does not
   * exist (skipped by a spring-forward). A repeated time (fall-back) maps to
   * its first occurrence, so it is scheduled once.
   */
  instantOf(wallMinutes: number): number | null {
    const wallMs = this.day * DAY_MS + wallMinutes * MINUTE_MS;
    if (this.uniform) return wallMs - this.before * MINUTE_MS;
    const early = wallMs - this.before * MINUTE_MS;
    const late = wallMs - this.after * MINUTE_MS;
    const first = Math.min(early, late);
    const second = Math.max(early, late);
    if (this.offsetAt(first) === (first === early ? this.before : this.after)) return first;
    if (this.offsetAt(second) === (second === early ? this.before : this.after)) return second;
    return null;
  }
}

/**
 * The instant of a venue-local wall time ("HH:mm") on a venue-local date, or
 * null when a spring-forward skips it. One call, so fine outside hot loops.
 */
export function instantOfLocal(timeZone: string, isoDate: string, wallTime: string): Date | null {
  const [h, m] = wallTime.split(':').map(Number);
  const ms = new LocalDay(timeZone, dayNumber(isoDate)).instantOf(h! * 60 + m!);
  return ms === null ? null : new Date(ms);
}
