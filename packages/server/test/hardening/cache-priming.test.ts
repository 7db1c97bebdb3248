import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { startTestApp, type TestApp } from '../support/app.ts';
import { CREATE_VENUE, makeOrganization } from '../admin/fixtures.ts';
import { gql } from '../support/graphql.ts';

const QUERY = `query($k: String) { widgetConfig(embedKey: $k) { venue { id name } } }`;

/** A raw POST (fetch will not let a caller choose Host); resolves with status and body. */
function post(url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
    });
    req.on('response', (res) => {
      let text = '';
      res.on('data', (c: Buffer) => (text += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? JSON.parse(text) : null }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Issue 16 item 11: a cached answer never reaches a request its origin check would refuse. */
describe('Issue 16 item 11: the response cache cannot be primed with a forged Host', () => {
  let app: TestApp;
  let target: string;
  before(async () => {
    app = await startTestApp();
    const org = await makeOrganization(app.database.handle.db, 'Cache');
    const venue = (name: string, origin: string) =>
      gql(
        app.url,
        CREATE_VENUE,
        { input: { name, timezone: 'Europe/Berlin', currency: 'EUR', allowedOrigins: [origin] } },
        {
          apiKey: org.key,
        },
      );
    target = (await venue('Target', 'https://target.example')).data!.createVenue.embedKey;
    // Another venue lists the attacker's origin, so CORS alone lets that origin through.
    await venue('Other', 'https://evil.example');
  });
  after(() => app.stop());

  it('should refuse the real cross-origin request after a same-origin-looking one was answered', async () => {
    const body = JSON.stringify({ query: QUERY, variables: { k: target } });
    const primed = await post(app.url, { origin: 'https://evil.example', host: 'evil.example' }, body);
    assert.equal(primed.status, 200, 'Origin equal to Host counts as same-origin');
    const real = await post(app.url, { origin: 'https://evil.example' }, body);
    assert.equal(real.status, 403);
    assert.equal(real.body.errors[0].extensions.code, 'FORBIDDEN');
    assert.equal(real.body.data?.widgetConfig, undefined);
  });
});
