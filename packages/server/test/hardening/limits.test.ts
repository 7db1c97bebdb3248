import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse, print, validate, specifiedRules, Kind, type DocumentNode } from 'graphql';
import { buildSchema } from '../../src/graphql/schema.ts';
import { DOCUMENT_LIMITS, limitRules } from '../../src/graphql/limits.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { errorCode, gql } from '../support/graphql.ts';
import { createActivityFixture, type ActivityFixture } from '../reservations/fixtures.ts';

const widgetDocuments = fileURLToPath(new URL('../../../sdk/src/operations/public.graphql', import.meta.url));

/** Each operation of public.graphql as its own document with the fragments it uses. */
function sdkOperations(): Array<{ name: string; document: DocumentNode }> {
  const doc = parse(readFileSync(widgetDocuments, 'utf8'));
  const fragments = doc.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION);
  return doc.definitions.flatMap((d) => {
    if (d.kind !== Kind.OPERATION_DEFINITION) return [];
    const used = fragments.filter((f) => print(d).includes(`...${f.name.value}`));
    return [{ name: d.name!.value, document: { kind: Kind.DOCUMENT, definitions: [d, ...used] } }];
  });
}

const nested = (depth: number) => {
  // widgetConfig > activities > schedule > customHours > day is the deepest real path (5).
  const paths = ['widgetConfig(embedKey: "x")', 'activities', 'schedule', 'customHours', 'day'];
  return `{ ${paths.slice(0, depth).join(' { ')}${' }'.repeat(depth - 1)} }`;
};

describe('GraphQL document limits', () => {
  let app: TestApp;
  let fx: ActivityFixture;
  before(async () => {
    app = await startTestApp();
    fx = await createActivityFixture(app.services.db);
  });
  after(() => app.stop());

  it('should let every operation of the widget/SDK documents through the limits', () => {
    const schema = buildSchema();
    const ops = sdkOperations();
    assert.ok(ops.length >= 8);
    for (const { name, document } of ops) {
      assert.deepEqual(
        validate(schema, document, [...specifiedRules, ...limitRules]).map((e) => e.message),
        [],
        name,
      );
    }
  });

  it('should answer the widget WidgetConfig document over HTTP', async () => {
    const op = sdkOperations().find((o) => o.name === 'WidgetConfig')!;
    const res = await gql(app.url, print(op.document), { activityId: fx.activityId });
    assert.equal(res.errors, undefined, JSON.stringify(res.errors));
  });

  it('should refuse a document one level deeper than the limit with BAD_USER_INPUT', async () => {
    const deep = `{ widgetConfig(embedKey: "x") { activities { schedule { customHours { day } } } } }`;
    assert.equal(validate(buildSchema(), parse(deep), limitRules).length, 0);
    // Fragments do not count as levels, but their fields do: depth 7 through fragments.
    const tooDeep = `{ __typename a: widgetConfig(embedKey: "x") { ...W } }
      fragment W on WidgetConfig { activities { schedule { ...S } } }
      fragment S on Schedule { customHours { day } customDates { id } }`;
    assert.equal(validate(buildSchema(), parse(tooDeep), limitRules).length, 0, 'depth 5 through fragments is fine');
    const intro = `{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { name } } } } } } } }`;
    const res = await gql(app.url, intro);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(res.status, 400);
    assert.equal(nested(5).split('{').length - 1, 5);
  });

  it('should refuse more than 15 aliases', async () => {
    const fields = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    const widgets = Array.from({ length: 16 }, (_, i) => `w${i}: widgetConfig(embedKey: "k${i}") { venue { id } }`);
    const sixteen = `{ ${widgets.join(' ')} }`;
    const res = await gql(app.url, sixteen);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(res.data, undefined, 'nothing executed');
    // __typename aliases are on graphql-armor's allow list; they cost nothing.
    assert.equal((await gql(app.url, `{ ${fields(20)} }`)).errors, undefined);
  });

  it('should stop parsing at the token limit', async () => {
    const huge = `{ ${Array.from({ length: DOCUMENT_LIMITS.maxTokens }, () => '__typename').join(' ')} }`;
    const res = await gql(app.url, huge);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.equal(res.errors![0]!.extensions!.reason, 'GRAPHQL_PARSE_FAILED');
  });

  it('should refuse a document over the cost limit (page-size and fragment multiplication)', async () => {
    const page = await gql(
      app.url,
      `{ bookings(first: 1000) { nodes { id bookingNumber } } }`,
      {},
      { apiKey: fx.apiKey },
    );
    assert.equal(errorCode(page), 'BAD_USER_INPUT');
    assert.match(page.errors![0]!.message, /Cost limit/i);
    // A few tokens per spread, the whole fragment's cost each time.
    const spreads = Array.from({ length: 100 }, () => '...F').join(' ');
    const bomb = `{ widgetConfig(embedKey: "x") { activities { ${spreads} } } }
      fragment F on Activity { schedule { customHours { day enabled startTime endTime } customDates {
        id date startTime endTime } } prices { id name } }`;
    const res = await gql(app.url, bomb);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.match(res.errors![0]!.message, /Cost limit/i);
  });

  it('should refuse more than 50 directives', async () => {
    const q = `{ __typename ${'@include(if: true) '.repeat(51)} }`;
    const res = await gql(app.url, q);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
  });

  it('should refuse batched requests', async () => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    assert.equal(res.status, 400);
  });

  it('should serve automatic persisted queries over GET (hash first, then hash + query)', async () => {
    const query = `query WidgetConfig($id: ID) { widgetConfig(activityId: $id) { venue { name } } }`;
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
    const variables = JSON.stringify({ id: fx.activityId });
    const get = (withQuery: boolean) => {
      const params = new URLSearchParams({
        extensions,
        variables,
        operationName: 'WidgetConfig',
        ...(withQuery ? { query } : {}),
      });
      return fetch(`${app.url}/graphql?${params}`, { headers: { 'apollo-require-preflight': 'true' } });
    };
    const miss = (await (await get(false)).json()) as { errors: Array<{ extensions: { code: string } }> };
    assert.equal(miss.errors[0]!.extensions.code, 'PERSISTED_QUERY_NOT_FOUND');
    const register = await get(true);
    assert.equal(register.status, 200);
    const hit = await get(false);
    assert.equal(hit.status, 200);
    const body = (await hit.json()) as { data: { widgetConfig: { venue: { name: string } } } };
    assert.equal(body.data.widgetConfig.venue.name, 'Venue');
  });
});

describe('GraphQL limits in production', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp({
      config: {
        NODE_ENV: 'production',
        STRIPE_SECRET_KEY: 'sk_test_hardening',
        STRIPE_WEBHOOK_SECRET: 'whsec_hardening',
        PUBLIC_URL: 'https://slotkit.example',
      },
    });
  });
  after(() => app.stop());

  it('should hide field suggestions and stack traces', async () => {
    const res = await gql(app.url, `{ widgetConfi(embedKey: "x") { venue { id } } }`);
    assert.equal(errorCode(res), 'BAD_USER_INPUT');
    assert.doesNotMatch(res.errors![0]!.message, /Did you mean/);
    assert.equal(res.errors![0]!.extensions!.stacktrace, undefined);
  });
});

describe('GraphQL limits in development', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.stop());

  it('should keep field suggestions outside production (they help developers)', async () => {
    const res = await gql(app.url, `{ widgetConfi(embedKey: "x") { venue { id } } }`);
    assert.match(res.errors![0]!.message, /Did you mean/);
  });
});
