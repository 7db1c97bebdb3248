import { randomUUID } from 'node:crypto';

/**
 * Generated hostile requests for the bad-input suite. Each case names the
 * outcomes that count as a clear answer: an error code, a union refusal
 * (`InvalidReservation:<reason>`, `SlotUnavailable`), a WebSocket close code
 * (`close:<n>`) or, for reads that may legitimately answer, `data`.
 */
export type HostileCase =
  | { kind: 'gql'; name: string; query: string; variables?: unknown; apiKey?: string; expect: readonly string[] }
  | {
      kind: 'raw';
      name: string;
      body: string | Uint8Array;
      contentType: string;
      method?: 'POST' | 'GET';
      path?: string;
      expect: readonly string[];
    }
  | { kind: 'ws'; name: string; frames: readonly string[]; expect: readonly string[] };

export interface HostileFixture {
  readonly activityId: string;
  readonly sessionId: string;
  readonly pastSessionId: string;
  readonly closedSessionId: string;
  readonly fullSessionId: string;
  readonly foreignPriceId: string;
  readonly heldReservationId: string;
}

const BAD = ['BAD_USER_INPUT'] as const;
const RESERVE = `mutation R($input: ReserveSlotInput!) { reserveSlot(input: $input) {
  __typename ... on InvalidReservation { reason } ... on SlotUnavailable { remaining } ... on Reservation { id } } }`;
const CHECK = `query C($s: ID!, $n: Int!) { checkSlotAvailability(sessionId: $s, partySize: $n) }`;
const CALENDAR = `query K($a: ID!, $f: Date!, $t: Date!) { calendar(activityId: $a, from: $f, to: $t) {
  date status } }`;
const AVAIL = `query A($a: ID!, $d: Date!) { availability(activityId: $a, date: $d) { id } }`;
const CHECKOUT = `mutation X($input: CreateCheckoutInput!) { createCheckout(input: $input) { url } }`;
const CONFIRM = `mutation Y($id: String!) { confirmCheckout(checkoutSessionId: $id) { id } }`;
const RELEASE = `mutation Z($id: ID!) { releaseReservation(reservationId: $id) }`;
const CONFIG = `query W($a: ID, $k: String) { widgetConfig(activityId: $a, embedKey: $k) { venue { id } } }`;

const WRONG_VALUES: readonly unknown[] = [
  null,
  42,
  -1,
  3.5,
  true,
  'x',
  '',
  [],
  ['a'],
  {},
  { nested: { deep: 1 } },
  'x'.repeat(5000),
];

export function hostileCases(fx: HostileFixture): HostileCase[] {
  const cases: HostileCase[] = [];
  const gql = (name: string, query: string, variables: unknown, expect: readonly string[], apiKey?: string) =>
    cases.push({ kind: 'gql', name, query, variables, expect, apiKey });
  const input = (over: Record<string, unknown> = {}) => ({
    sessionId: fx.sessionId,
    tickets: [{ tier: 'ADULT', quantity: 1 }],
    email: 'guest@example.com',
    idempotencyKey: randomUUID(),
    ...over,
  });

  // 1. Wrong types for every argument of every public operation.
  for (const v of WRONG_VALUES) {
    gql(`reserveSlot.sessionId=${label(v)}`, RESERVE, { input: input({ sessionId: v }) }, [...BAD, 'NOT_FOUND']);
    gql(`reserveSlot.tickets=${label(v)}`, RESERVE, { input: input({ tickets: v }) }, [
      ...BAD,
      'InvalidReservation:PARTY_TOO_SMALL',
    ]);
    gql(`reserveSlot.email=${label(v)}`, RESERVE, { input: input({ email: v }) }, BAD);
    // A whole number in 1..1000 is a legitimate party size (42 is in the list on purpose).
    gql(
      `checkSlot.partySize=${label(v)}`,
      CHECK,
      { s: fx.sessionId, n: v },
      Number.isInteger(v) && (v as number) >= 1 ? ['data'] : BAD,
    );
    gql(`calendar.from=${label(v)}`, CALENDAR, { a: fx.activityId, f: v, t: '2030-01-01' }, BAD);
    gql(`availability.date=${label(v)}`, AVAIL, { a: fx.activityId, d: v }, BAD);
  }
  // 2. Huge and unstorable strings.
  for (const n of [300, 1_000, 10_000, 60_000]) {
    gql(`email ${n} chars`, RESERVE, { input: input({ email: `${'a'.repeat(n)}@example.com` }) }, BAD);
    gql(`idempotencyKey ${n} chars`, RESERVE, { input: input({ idempotencyKey: 'k'.repeat(n) }) }, BAD);
    gql(`embedKey ${n} chars`, CONFIG, { k: 'e'.repeat(n) }, BAD);
    gql(`checkoutSessionId ${n} chars`, CONFIRM, { id: 'c'.repeat(n) }, BAD);
    gql(`customer.name ${n} chars`, CHECKOUT, { input: checkout(fx, { name: 'n'.repeat(n) }) }, BAD);
    gql(
      `successUrl ${n} chars`,
      CHECKOUT,
      { input: { ...checkout(fx), successUrl: `https://x.example/${'p'.repeat(n + 2048)}` } },
      BAD,
    );
  }
  for (const s of ['\u0000', 'a\u0000b', 'guest\u0000@example.com']) {
    gql(`NUL in email ${label(s)}`, RESERVE, { input: input({ email: s }) }, BAD);
    gql(`NUL in idempotencyKey ${label(s)}`, RESERVE, { input: input({ idempotencyKey: s }) }, BAD);
    gql(`NUL in embedKey ${label(s)}`, CONFIG, { k: s }, BAD);
  }
  for (const url of ['javascript:alert(1)', 'data:text/html,<script>', '/relative', 'ftp://x.example', 'not a url']) {
    gql(`successUrl ${url}`, CHECKOUT, { input: { ...checkout(fx), successUrl: url } }, BAD);
    gql(`cancelUrl ${url}`, CHECKOUT, { input: { ...checkout(fx), cancelUrl: url } }, BAD);
  }
  for (const email of ['plain', '@example.com', 'a@b', 'a b@example.com', 'a@@example.com']) {
    gql(`reserve email ${email}`, RESERVE, { input: input({ email }) }, BAD);
  }
  // 3. Deep documents.
  for (let depth = 7; depth <= 16; depth++) {
    const half = Math.ceil(depth / 2);
    gql(
      `depth ${depth}`,
      `{ __type(name: "Query") ${'{ fields { type '.repeat(half)}{ name }${' } }'.repeat(half)} }`,
      {},
      BAD,
    );
  }
  // 4. Alias bombs.
  for (const n of [16, 20, 50, 100, 150]) {
    const aliases = Array.from(
      { length: n },
      (_, i) => `a${i}: checkSlotAvailability(sessionId: "${fx.sessionId}", partySize: 1)`,
    ).join(' ');
    gql(`alias bomb ${n}`, `{ ${aliases} }`, {}, BAD);
  }
  for (const n of [60, 120]) {
    const spreads = Array.from({ length: n }, () => '...F').join(' ');
    gql(
      `fragment bomb ${n}`,
      `{ widgetConfig(activityId: "${fx.activityId}") { activities { ${spreads} } } } ` +
        'fragment F on Activity { schedule { customHours { day enabled startTime endTime } customDates { id date } } ' +
        'prices { id name } }',
      {},
      BAD,
    );
  }
  gql('token flood', `{ ${'__typename '.repeat(1200)} }`, {}, BAD);
  gql('directive flood', `{ __typename ${'@skip(if: false) '.repeat(60)} }`, {}, BAD);
  gql('cost via page size', `{ bookings(first: 100000) { nodes { id } } }`, {}, BAD);
  // 5. Party sizes and ticket quantities.
  for (const n of [-2147483648, -100, -1, 0, 1001, 100000, 2147483647])
    gql(`checkSlot partySize ${n}`, CHECK, { s: fx.sessionId, n }, BAD);
  for (const n of [2147483648, 1e12, -1e12])
    gql(`checkSlot partySize overflow ${n}`, CHECK, { s: fx.sessionId, n }, BAD);
  for (const q of [-100, -1, 101, 5000, 2147483647]) {
    gql(`ticket quantity ${q}`, RESERVE, { input: input({ tickets: [{ tier: 'ADULT', quantity: q }] }) }, [
      ...BAD,
      'InvalidReservation:PARTY_TOO_LARGE',
    ]);
  }
  gql(
    'all quantities zero',
    RESERVE,
    {
      input: input({
        tickets: [
          { tier: 'ADULT', quantity: 0 },
          { tier: 'CHILD', quantity: 0 },
        ],
      }),
    },
    [...BAD, 'InvalidReservation:PARTY_TOO_SMALL'],
  );
  gql('empty ticket list', RESERVE, { input: input({ tickets: [] }) }, [...BAD, 'InvalidReservation:PARTY_TOO_SMALL']);
  gql('party above maxParty', RESERVE, { input: input({ tickets: [{ tier: 'ADULT', quantity: 9 }] }) }, [
    'InvalidReservation:PARTY_TOO_LARGE',
  ]);
  gql(
    '30 ticket lines',
    RESERVE,
    { input: input({ tickets: Array.from({ length: 30 }, () => ({ tier: 'ADULT', quantity: 1 })) }) },
    BAD,
  );
  gql(
    '11 ticket lines',
    RESERVE,
    { input: input({ tickets: Array.from({ length: 11 }, () => ({ tier: 'CHILD', quantity: 0 })) }) },
    [...BAD, 'InvalidReservation:PARTY_TOO_SMALL'],
  );
  for (const tier of ['VIP', 'adult', '', 'ADULT ', 'FREE']) {
    gql(`unknown tier ${label(tier)}`, RESERVE, { input: input({ tickets: [{ tier, quantity: 1 }] }) }, BAD);
  }
  gql(
    'foreign priceId',
    RESERVE,
    { input: input({ tickets: [{ tier: 'CUSTOM', priceId: fx.foreignPriceId, quantity: 1 }] }) },
    ['InvalidReservation:UNKNOWN_PRICE'],
  );
  gql(
    'random priceId',
    RESERVE,
    { input: input({ tickets: [{ tier: 'CUSTOM', priceId: randomUUID(), quantity: 1 }] }) },
    ['InvalidReservation:UNKNOWN_PRICE'],
  );
  gql(
    'priceId not a uuid',
    RESERVE,
    { input: input({ tickets: [{ tier: 'CUSTOM', priceId: 'nope', quantity: 1 }] }) },
    [...BAD, 'InvalidReservation:UNKNOWN_PRICE'],
  );
  // 6. Sessions that cannot be booked.
  gql('past session', RESERVE, { input: input({ sessionId: fx.pastSessionId }) }, [
    'InvalidReservation:SESSION_STARTED',
  ]);
  gql('closed session', RESERVE, { input: input({ sessionId: fx.closedSessionId }) }, [
    'InvalidReservation:SESSION_CLOSED',
  ]);
  gql('full session', RESERVE, { input: input({ sessionId: fx.fullSessionId }) }, ['SlotUnavailable']);
  gql('past session availability check', CHECK, { s: fx.pastSessionId, n: 1 }, ['data']);
  // 7. Foreign and made-up ids.
  for (let i = 0; i < 5; i++) {
    const id = randomUUID();
    gql(`unknown session ${i}`, RESERVE, { input: input({ sessionId: id }) }, ['NOT_FOUND']);
    gql(`unknown activity config ${i}`, CONFIG, { a: id }, ['NOT_FOUND']);
    gql(`unknown reservation checkout ${i}`, CHECKOUT, { input: { ...checkout(fx), reservationId: id } }, [
      'NOT_FOUND',
    ]);
    gql(`unknown checkout session ${i}`, CONFIRM, { id: `cs_test_${id}` }, ['NOT_FOUND']);
    gql(`unknown reservation release ${i}`, RELEASE, { id }, ['NOT_FOUND', 'data']);
  }
  for (const id of ['1', '../../etc/passwd', "' or 1=1 --", '00000000-0000-0000-0000-00000000000g', '{}']) {
    gql(`malformed session id ${label(id)}`, RESERVE, { input: input({ sessionId: id }) }, [...BAD, 'NOT_FOUND']);
    gql(`malformed activity id ${label(id)}`, AVAIL, { a: id, d: '2030-01-01' }, [...BAD, 'NOT_FOUND']);
  }
  // 8. Calendar abuse.
  gql('calendar reversed range', CALENDAR, { a: fx.activityId, f: '2030-02-01', t: '2030-01-01' }, BAD);
  gql('calendar 50 years', CALENDAR, { a: fx.activityId, f: '2000-01-01', t: '2050-01-01' }, BAD);
  for (const d of ['2026-02-30', '2026-13-01', '26-01-01', '2026-1-1', '2026-01-01T00:00:00Z'])
    gql(`bad date ${d}`, AVAIL, { a: fx.activityId, d }, BAD);
  // 9. Admin operations without or with a bad key.
  for (const q of [
    '{ organization { id } }',
    '{ venues { id } }',
    '{ bookings { totalCount } }',
    'mutation { createApiKey(label: "x") { secret } }',
    'mutation { deleteVenue(id: "00000000-0000-0000-0000-000000000000") }',
  ]) {
    gql(`admin without key ${q.slice(0, 24)}`, q, {}, ['UNAUTHENTICATED']);
    gql(`admin with bad key ${q.slice(0, 24)}`, q, {}, ['UNAUTHENTICATED'], 'slk_' + 'x'.repeat(32));
  }
  // 10. Malformed HTTP bodies.
  const raw = (
    name: string,
    body: string | Uint8Array,
    contentType = 'application/json',
    expect: readonly string[] = BAD,
  ) => cases.push({ kind: 'raw', name, body, contentType, expect });
  raw('truncated JSON', '{"query": "{ __typename }"');
  raw('JSON array batch', '[{"query":"{ __typename }"},{"query":"{ __typename }"}]');
  raw('JSON string', '"{ __typename }"');
  raw('JSON number', '42');
  raw('JSON null', 'null');
  raw('empty body', '');
  raw('query is a number', '{"query": 42}');
  raw('query is an object', '{"query": {"a": 1}}');
  raw('variables is a string', '{"query": "{ __typename }", "variables": "x"}');
  raw('variables is an array', '{"query": "{ __typename }", "variables": [1]}');
  raw('operationName mismatch', '{"query": "query A { __typename }", "operationName": "B"}');
  raw('two operations, no name', '{"query": "query A { __typename } query B { __typename }"}');
  raw('syntax error', '{"query": "{ __typename "}');
  raw('binary garbage', new Uint8Array(Array.from({ length: 512 }, (_, i) => (i * 37) % 256)));
  raw('invalid UTF-8', new Uint8Array([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x7d]));
  // Unused variables are ignored; used ones are capped at 8 levels (graphql/input-caps.ts).
  raw(
    'deeply nested JSON',
    `{"query":"{ __typename }","variables":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
    'application/json',
    ['data'],
  );
  raw('oversized body 200 kB', JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(200_000) }));
  raw('oversized body 5 MB', JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(5_000_000) }));
  raw('form-encoded (CSRF shape)', 'query=%7B__typename%7D', 'application/x-www-form-urlencoded');
  raw('text/plain (CSRF shape)', '{"query":"{ __typename }"}', 'text/plain');
  raw('mutation over GET', '', 'application/json');
  (cases.at(-1) as { method?: string; path?: string }).method = 'GET';
  (cases.at(-1) as { path?: string }).path =
    '/graphql?query=' + encodeURIComponent('mutation { releaseReservation(reservationId: "x") }');
  // 11. Malformed WebSocket frames.
  const ws = (name: string, frames: readonly string[], expect: readonly string[]) =>
    cases.push({ kind: 'ws', name, frames, expect });
  const init = JSON.stringify({ type: 'connection_init' });
  ws('not JSON', ['{nope'], ['close:4400']);
  ws('JSON without type', ['{"a":1}'], ['close:4400']);
  ws('unknown message type', ['{"type":"explode"}'], ['close:4400']);
  ws(
    'subscribe before init',
    [JSON.stringify({ id: '1', type: 'subscribe', payload: { query: '{ __typename }' } })],
    ['close:4401'],
  );
  ws('double init', [init, init], ['close:4429']);
  ws(
    'subscribe without id',
    [init, JSON.stringify({ type: 'subscribe', payload: { query: '{ __typename }' } })],
    ['close:4400'],
  );
  ws('subscribe without payload', [init, JSON.stringify({ id: '1', type: 'subscribe' })], ['close:4400']);
  ws(
    'duplicate subscription id',
    [
      init,
      sub('1', `subscription { availabilityChanged(activityId: "${fx.activityId}", date: "2030-01-01") { date } }`),
      sub('1', '{ __typename }'),
    ],
    ['close:4409'],
  );
  ws(
    'query is a number',
    [init, JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 1 } })],
    ['close:4400', 'BAD_USER_INPUT'],
  );
  ws('syntax error over ws', [init, sub('1', '{ __typename ')], BAD);
  ws(
    'alias bomb over ws',
    [
      init,
      sub(
        '1',
        `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: widgetConfig(embedKey: "k") { venue { id } }`).join(' ')} }`,
      ),
    ],
    BAD,
  );
  ws('token flood over ws', [init, sub('1', `{ ${'__typename '.repeat(1500)} }`)], BAD);
  ws('huge email over ws', [init, sub('1', RESERVE, { input: input({ email: 'e'.repeat(5000) }) })], BAD);
  ws('negative party over ws', [init, sub('1', CHECK, { s: fx.sessionId, n: -5 })], BAD);
  ws('oversized frame', [init, 'x'.repeat(70_000)], ['close:1009']);
  ws('admin op without key over ws', [init, sub('1', '{ organization { id } }')], ['UNAUTHENTICATED']);
  return cases;
}

function sub(id: string, query: string, variables?: unknown): string {
  return JSON.stringify({ id, type: 'subscribe', payload: { query, variables } });
}

function checkout(fx: HostileFixture, customer: Record<string, unknown> = {}) {
  return {
    reservationId: fx.heldReservationId,
    customer: { name: 'Guest', email: 'guest@example.com', ...customer },
    successUrl: 'https://shop.example/ok',
    cancelUrl: 'https://shop.example/cancel',
  };
}

function label(v: unknown): string {
  const s = typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
  return s.length > 24 ? `${s.slice(0, 20)}…(${s.length})` : s;
}
