// Compile-time tests of the SDK's typing, checked by `pnpm -r typecheck` (tsc
// includes test/). Each `Expect<Equal<…>>` fails the typecheck when the
// inferred type drifts; each @ts-expect-error fails it when a wrong call
// compiles. The few runtime assertions below check the same calls send what
// they say, against a fake fetch.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  AvailabilityChangedDocument,
  CreateActivityDocument,
  createSlotkitClient,
  isSlotkitError,
  OrganizationDocument,
  ReserveSlotDocument,
  VenueDocument,
  WeeklyBookingsTrendDocument,
  type AvailabilityChangedSubscription,
  type CreateActivityMutationVariables,
  type OrganizationQuery,
  type PriceTier,
  type ResultOf,
  type SlotkitErrorCode,
  type VariablesOf,
  type VenueQuery,
} from '../src/index.ts';

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

const client = createSlotkitClient({ url: 'http://127.0.0.1:1/graphql', apiKey: 'slk_types' });

// Never called: its body only has to compile.
export async function typeChecks(): Promise<void> {
  const _org = await client.query(OrganizationDocument);
  type _org = Expect<Equal<typeof _org, OrganizationQuery>>;
  type _orgName = Expect<Equal<typeof _org.organization.name, string>>;

  const _venue = await client.query(VenueDocument, { id: 'v1' });
  type _venue = Expect<Equal<typeof _venue, VenueQuery>>;
  type _nullable = Expect<Equal<null extends typeof _venue.venue ? true : false, true>>;
  // @ts-expect-error: $id is required
  await client.query(VenueDocument);
  // @ts-expect-error: $id is an ID, not a boolean
  await client.query(VenueDocument, { id: true });
  // @ts-expect-error: unknown variable
  await client.query(VenueDocument, { id: 'v1', nope: 1 });

  // All variables optional: may be omitted.
  const _trend = await client.query(WeeklyBookingsTrendDocument);
  type _trend = Expect<
    Equal<(typeof _trend.weeklyBookingsTrend)[number], { date: string; bookings: number; revenueCents: number }>
  >;

  type _vars = Expect<Equal<VariablesOf<typeof CreateActivityDocument>, CreateActivityMutationVariables>>;
  const _created = await client.mutate(CreateActivityDocument, {
    input: {
      venueId: 'v1',
      name: 'Tour',
      durationMinutes: 60,
      capacity: 8,
      schedule: {
        operatingDays: ['Monday'],
        startTime: '09:00',
        endTime: '17:00',
        slotInterval: 60,
        advanceBooking: 30,
      },
      prices: [{ tier: 'ADULT', name: 'Adult', amountCents: 2000 }],
    },
  });
  type _tier = Expect<Equal<(typeof _created.createActivity.activity.prices)[number]['tier'], PriceTier>>;
  type _result = Expect<Equal<typeof _created, ResultOf<typeof CreateActivityDocument>>>;
  await client.mutate(CreateActivityDocument, {
    input: {
      ...({} as CreateActivityMutationVariables['input']),
      // @ts-expect-error: 'VIP' is not a PriceTier
      prices: [{ tier: 'VIP', name: 'x', amountCents: 1 }],
    },
  });

  // Unions narrow on __typename.
  const held = await client.mutate(ReserveSlotDocument, {
    input: { sessionId: 's', email: 'a@b.c', idempotencyKey: 'k', tickets: [{ tier: 'ADULT', quantity: 2 }] },
  });
  if (held.reserveSlot.__typename === 'Reservation') {
    type _expires = Expect<Equal<typeof held.reserveSlot.expiresAt, string>>;
  } else if (held.reserveSlot.__typename === 'SlotUnavailable') {
    type _remaining = Expect<Equal<typeof held.reserveSlot.remaining, number>>;
  }

  for await (const _update of client.subscribe(AvailabilityChangedDocument, { activityId: 'a', date: '2030-01-01' })) {
    type _updateType = Expect<Equal<typeof _update, AvailabilityChangedSubscription>>;
    type _left = Expect<Equal<(typeof _update.availabilityChanged.sessions)[number]['capacityRemaining'], number>>;
  }
  // @ts-expect-error: $date is required
  client.subscribe(AvailabilityChangedDocument, { activityId: 'a' });

  try {
    await client.query(OrganizationDocument);
  } catch (err) {
    if (isSlotkitError(err)) {
      type _code = Expect<Equal<SlotkitErrorCode extends typeof err.code ? true : false, true>>;
      const retry: unknown = err.extensions.retryAfterSeconds;
      void retry;
    }
  }
}

describe('the SDK client against a fake fetch', () => {
  it('should POST the generated document with its variables and the API key, and return data', async () => {
    const calls: Array<{ url: string; init: RequestInit }> = [];
    const fake = createSlotkitClient({
      url: 'http://api.example/graphql',
      apiKey: 'slk_secret',
      fetch: async (url, init) => {
        calls.push({ url: String(url), init: init! });
        return new Response(JSON.stringify({ data: { venue: null } }), {
          headers: { 'content-type': 'application/json' },
        });
      },
    });
    const res = await fake.query(VenueDocument, { id: 'v1' });
    assert.deepEqual(res, { venue: null });
    const body = JSON.parse(String(calls[0]!.init.body));
    assert.equal(body.query, VenueDocument.toString());
    assert.deepEqual(body.variables, { id: 'v1' });
    assert.equal((calls[0]!.init.headers as Record<string, string>).authorization, 'Bearer slk_secret');
  });

  it('should reject with a SlotkitError carrying extensions.code', async () => {
    const fake = createSlotkitClient({
      url: 'http://api.example/graphql',
      fetch: async () =>
        new Response(
          JSON.stringify({
            errors: [{ message: 'slow down', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 7 } }],
          }),
          { status: 429 },
        ),
    });
    await assert.rejects(
      fake.query(OrganizationDocument),
      (err) => isSlotkitError(err, 'RATE_LIMITED') && err.extensions.retryAfterSeconds === 7 && err.status === 429,
    );
    const down = createSlotkitClient({
      url: 'http://api.example/graphql',
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    await assert.rejects(down.query(OrganizationDocument), (err) => isSlotkitError(err, 'NETWORK_ERROR'));
  });
});
