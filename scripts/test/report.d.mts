export interface Meter {
  seconds: number;
}

export interface Report {
  note(line: string): void;
  step(name: string, ok: boolean, since: number, meter?: Meter): void;
  counted(
    name: string,
    counts: { passed: number; failed: number; skipped?: number; status: number },
    since: number,
    meter: Meter,
  ): void;
  finish(): number;
}

export declare function createReport(): Report;
