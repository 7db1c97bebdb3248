// A small fake of the GraphQL API behind a stubbed window.fetch: tests set
// per-operation handlers and read back every call the widget made.
import type { Session, WidgetConfig } from '../internal/types.ts';

export interface Call {
  op: string;
  method: string;
  url: string;
  headers: Headers;
  variables: Record<string, any>;
}

type Handler = (vars: Record<string, any>) => unknown;

/** Return from a handler to answer with a GraphQL error. */
export class GqlError {
  constructor(
    readonly code: string,
    readonly message = code,
    readonly extra: Record<string, unknown> = {},
  ) {}
}

export const VENUE_TZ = 'America/New_York';
/** 2026-03-10 03:30 UTC = 2026-03-09 23:30 in New York: "today" differs by zone. */
export const NOW = Date.parse('2026-03-10T03:30:00Z');

export const session = (id: string, hhmm: string, remaining: number, date = '2026-03-11'): Session => ({
  id,
  startsAt: `${date}T${String(+hhmm.slice(0, 2) + 4).padStart(2, '0')}:${hhmm.slice(3)}:00Z`,
  endsAt: `${date}T${String(+hhmm.slice(0, 2) + 5).padStart(2, '0')}:${hhmm.slice(3)}:00Z`,
  localStartTime: hhmm,
  capacityTotal: 8,
  capacityRemaining: remaining,
});

export function activity(
  id = 'act-1',
  name = 'Escape the Lab',
  requiresWaiver = false,
): WidgetConfig['activities'][number] {
  return {
    id,
    name,
    description: 'Solve the lab before the timer runs out.',
    imageUrl: null,
    durationMinutes: 60,
    capacity: 8,
    minParty: 2,
    maxParty: 6,
    prices: [
      { id: `${id}-adult`, tier: 'ADULT', name: 'Adult', amountCents: 3000, currency: 'usd', per: 'PERSON', names: [] },
      { id: `${id}-child`, tier: 'CHILD', name: 'Child', amountCents: 1500, currency: 'usd', per: 'PERSON', names: [] },
    ],
    schedule: {
      operatingDays: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
      startTime: '10:00',
      endTime: '18:00',
      slotInterval: 240,
      advanceBooking: 30,
      customHoursEnabled: true,
      customHours: [],
      customDates: [],
      blockedDates: [],
      minAge: 12,
      requiresWaiver,
      bookingMode: 'SHARED',
    },
  };
}

export function config(activities = [activity()], waiverUrl: string | null = null): WidgetConfig {
  return {
    venue: {
      id: 'venue-1',
      name: 'Puzzle House',
      timezone: VENUE_TZ,
      currency: 'USD',
      waiverUrl,
      address: '1 Puzzle Lane, Springfield',
      theme: { mode: 'light', accentColor: null, radiusPx: 6, fontFamily: null },
    },
    activities,
  };
}

function calendar(vars: Record<string, any>) {
  const days = [];
  for (let d = Date.parse(`${vars.from}T00:00:00Z`); d <= Date.parse(`${vars.to}T00:00:00Z`); d += 864e5) {
    const date = new Date(d).toISOString().slice(0, 10);
    const status = date === '2026-03-12' ? 'SOLD_OUT' : date === '2026-03-13' ? 'BLOCKED' : 'AVAILABLE';
    days.push({
      date,
      status,
      hasCustomHours: date === '2026-03-14',
      reason: status === 'BLOCKED' ? 'Private event' : null,
    });
  }
  return { calendar: days };
}

export class FakeApi {
  calls: Call[] = [];
  /** Cache-Control of widgetConfig answers. */
  cacheControl = 'public, max-age=300';
  /** Every request fails as if the network (or CORS) refused it. */
  offline = false;
  /** What GET /origin-check answers. */
  originAllowed = true;
  handlers: Record<string, Handler> = {
    WidgetConfig: () => ({ widgetConfig: config() }),
    Calendar: calendar,
    Availability: (v) => ({
      availability: v.date === '2026-03-11' ? [session('s-10', '10:00', 5), session('s-14', '14:00', 0)] : [],
    }),
    ReserveSlot: (v) => ({
      reserveSlot: {
        __typename: 'Reservation',
        id: 'res-1',
        sessionId: v.input.sessionId,
        partySize: v.input.tickets.reduce((n: number, t: { quantity: number }) => n + t.quantity, 0),
        expiresAt: new Date(NOW + 600_000).toISOString(),
        status: 'HELD',
        totalCents: 7500,
        currency: 'usd',
        discountCents: 0,
      },
    }),
    ReleaseReservation: () => ({ releaseReservation: true }),
    CreateCheckout: () => ({ createCheckout: { url: 'https://checkout.test/pay/cs_1', checkoutSessionId: 'cs_1' } }),
    ConfirmCheckout: () => ({
      confirmCheckout: {
        id: 'b-1',
        bookingNumber: 'SK-7Q2M',
        status: 'CONFIRMED',
        partySize: 3,
        totalCents: 7500,
        currency: 'usd',
        startsAt: '2026-03-11T14:00:00Z',
        endsAt: '2026-03-11T15:00:00Z',
        activityName: 'Escape the Lab',
        customerEmail: 'ada@example.com',
        lineItems: [
          { tier: 'ADULT', name: 'Adult', quantity: 2, unitAmountCents: 3000, totalCents: 6000 },
          { tier: 'CHILD', name: 'Child', quantity: 1, unitAmountCents: 1500, totalCents: 1500 },
        ],
        venue: { name: 'Puzzle House', timezone: VENUE_TZ, address: '1 Puzzle Lane, Springfield' },
      },
    }),
  };
  private original = window.fetch.bind(window);

  install(): this {
    window.fetch = (input, init) => this.fetch(input instanceof Request ? input.url : input.toString(), init);
    return this;
  }

  restore(): void {
    window.fetch = this.original;
  }

  ops(op: string): Call[] {
    return this.calls.filter((c) => c.op === op);
  }

  private async fetch(url: string, init: RequestInit = {}): Promise<Response> {
    if (url.endsWith('/origin-check')) {
      if (this.originAllowed) throw new TypeError('Failed to fetch');
      return Response.json({ origin: 'https://shop.example', allowed: false });
    }
    const method = init.method ?? 'GET';
    const body =
      method === 'GET'
        ? {
            query: new URL(url).searchParams.get('query')!,
            variables: JSON.parse(new URL(url).searchParams.get('variables')!),
          }
        : JSON.parse(init.body as string);
    const op = /(?:query|mutation)\s+(\w+)/.exec(body.query)![1]!;
    if (this.offline) throw new TypeError('Failed to fetch');
    this.calls.push({ op, method, url, headers: new Headers(init.headers), variables: body.variables });
    const result = await this.handlers[op]!(body.variables); // a throwing handler is "network down"
    if (result instanceof GqlError) {
      const errors = [{ message: result.message, extensions: { code: result.code, ...result.extra } }];
      return Response.json({ errors, data: null }, { status: 200 });
    }
    const headers = op === 'WidgetConfig' ? { 'cache-control': this.cacheControl } : { 'cache-control': 'no-store' };
    return Response.json({ data: result }, { headers });
  }
}
