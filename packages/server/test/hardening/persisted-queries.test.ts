import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startTestApp, type TestApp } from '../support/app.ts';

const PER_MINUTE = 5;
const WINDOW_MS = 60_000;

/** Issue 16 item 12: wrong persisted-query hashes are misses, and they count against the rate limit. */
describe('Issue 16 item 12: persisted-query misses', () => {
  let app: TestApp;
  // 15 s into a window of the injected clock: the test runs inside one window.
  const now = Math.floor(Date.now() / WINDOW_MS) * WINDOW_MS + 15_000;
  before(async () => {
    app = await startTestApp({ config: { RATE_LIMIT_PER_MINUTE: PER_MINUTE }, now: () => new Date(now) });
  });
  after(() => app.stop());

  const send = async (body: unknown) => {
    const res = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const json = (await res.json()) as { errors: Array<{ extensions: { code: string } }> };
    return { status: res.status, code: json.errors[0]!.extensions.code };
  };
  const wrongHash = (i: number) => ({
    extensions: { persistedQuery: { version: 1, sha256Hash: String(i).padStart(64, '0') } },
  });

  it('should answer PERSISTED_QUERY_NOT_FOUND to unknown hashes, then 429 once they spent the IP budget', async () => {
    const answers = [];
    for (let i = 0; i < PER_MINUTE + 2; i++) answers.push(await send(wrongHash(i)));
    assert.deepEqual(
      answers.slice(0, PER_MINUTE).map((a) => a.code),
      Array(PER_MINUTE).fill('PERSISTED_QUERY_NOT_FOUND'),
    );
    assert.deepEqual(
      answers.slice(PER_MINUTE),
      Array(2).fill({ status: 429, code: 'RATE_LIMITED' }),
      'misses draw on the same per-IP budget',
    );
  });
});
