import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import express from 'express';
import { chromium, type Browser } from 'playwright-core';
import { playwrightLaunchOptions } from '../../../../scripts/test/chromium.mjs';
import { registerConsole } from '../../src/http/console.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { gql } from '../support/graphql.ts';
import { CREATE_VENUE, makeOrganization } from './fixtures.ts';

// Builds the console only when its sources changed since the last build (content hash): `pnpm test`
// builds before any test runs, and a test must never rewrite dist/ while the end-to-end tests serve it.
const BUILD_IF_STALE = fileURLToPath(new URL('../../../../scripts/build-if-stale.mjs', import.meta.url));
const CONSOLE_DIST = fileURLToPath(new URL('../../../console/dist/', import.meta.url));
const WAIT = { timeout: 30_000 };

describe('the /console pages', () => {
  let app: TestApp;
  let browser: Browser;
  let key: string;

  before(async () => {
    // Never a stale page: what is older than the sources is rebuilt first.
    const build = spawnSync(process.execPath, [BUILD_IF_STALE], { encoding: 'utf8' });
    assert.equal(build.status, 0, build.stderr);
    app = await startTestApp();
    const org = await makeOrganization(app.services.db, 'Console Org');
    key = org.key;
    const venue = await gql(
      app.url,
      CREATE_VENUE,
      { input: { name: 'Console Venue', timezone: 'UTC', currency: 'USD' } },
      { apiKey: key },
    );
    assert.equal(venue.errors, undefined);
    browser = await chromium.launch(playwrightLaunchOptions());
  });
  after(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('should serve the app under a strict CSP with immutable hashed assets', async () => {
    const res = await fetch(`${app.url}/console`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    const html = await res.text();
    assert.doesNotMatch(html, /<script>|<style>| on\w+=/, 'no inline script, style or handler');
    const src = /<script type="module" src="(\/console\/assets\/app\.[\w-]+\.js)"/.exec(html)?.[1];
    assert.ok(src, 'the app module is referenced');
    const asset = await fetch(`${app.url}${src}`);
    assert.equal(asset.status, 200);
    assert.match(asset.headers.get('content-type') ?? '', /javascript/);
    assert.match(asset.headers.get('cache-control') ?? '', /immutable/);
    assert.equal((await fetch(`${app.url}/console/assets/..%2Fgraphiql.html`)).status, 404);
    assert.equal((await fetch(`${app.url}/console/assets/nothing.abc.js`)).status, 404);
  });

  it('should keep the assets loaded before the GraphQL tab within 200 KB gzip', () => {
    const manifest = JSON.parse(readFileSync(`${CONSOLE_DIST}manifest.json`, 'utf8')) as {
      assets: Record<string, number>;
      beforeGraphQLGzipBytes: number;
      graphiqlGzipBytes: number;
    };
    // Measured again from the files, not trusted from the manifest.
    const files = readdirSync(`${CONSOLE_DIST}assets`).filter((f) => !/^graphql\./.test(f));
    const measured = [`${CONSOLE_DIST}index.html`, ...files.map((f) => `${CONSOLE_DIST}assets/${f}`)].reduce(
      (n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length,
      0,
    );
    assert.equal(measured, manifest.beforeGraphQLGzipBytes);
    assert.ok(measured <= 200 * 1024, `${measured} bytes gzip before the GraphQL tab`);
    assert.ok(files.some((f) => /^app\./.test(f)) && files.some((f) => /^dashboard\./.test(f)));
    // GraphiQL itself is far bigger: that is why it waits for its tab.
    assert.ok(manifest.graphiqlGzipBytes > measured);
  });

  it('should sign in to GraphiQL, run a ready operation and show its result without leaving localhost', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('websocket', (ws) => requests.push(ws.url()));
    page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && /Content Security Policy|Refused/i.test(msg.text())) problems.push(msg.text());
    });

    const res = await page.goto(`${app.url}/console/graphiql`);
    assert.equal(res!.status(), 200);
    assert.match(res!.headers()['content-security-policy'] ?? '', /script-src 'sha256-/);

    await page.locator('#slotkit-key').fill('slk_not_a_key', WAIT);
    await page.locator('#slotkit-login button[type=submit]').click();
    await page.locator('#slotkit-login-error', { hasText: 'unknown or revoked' }).waitFor(WAIT);

    await page.locator('#slotkit-key').fill(key);
    await page.locator('#slotkit-login button[type=submit]').click();
    await page.locator('.graphiql-execute-button').waitFor(WAIT);
    assert.equal(await page.locator('#slotkit-org').textContent(), 'Console Org');
    assert.equal(await page.evaluate("sessionStorage.getItem('slotkit.console.apiKey')"), key);

    // The first ready tab is the Venues query: run it and read the result pane.
    await page.locator('.graphiql-execute-button').click();
    // Monaco renders spaces as U+00A0 (\s matches it). A locator, not waitForFunction(string):
    // the page's strict CSP forbids the eval a string predicate needs.
    await page.locator('.graphiql-response', { hasText: /"Console\sVenue"/ }).waitFor(WAIT);

    // The docs come from introspection sent with the key: the admin fields are there.
    await page
      .getByRole('button', { name: /documentation/i })
      .first()
      .click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer-field-name', { hasText: 'weeklyBookingsTrend' }).first().waitFor(WAIT);

    // Signed in across a reload (sessionStorage), back to the form after signing out.
    await page.reload();
    await page.locator('.graphiql-execute-button').waitFor(WAIT);
    await page.locator('#slotkit-signout').click();
    await page.locator('#slotkit-key').waitFor(WAIT);
    assert.equal(await page.evaluate("sessionStorage.getItem('slotkit.console.apiKey')"), null);

    const outside = requests.filter(
      (u) => !u.startsWith(app.url) && !u.startsWith(app.url.replace('http', 'ws')) && !/^(blob|data):/.test(u),
    );
    assert.deepEqual(outside, [], 'no request may leave localhost');
    assert.ok(
      requests.some((u) => u === `${app.url}/graphql`),
      'the page talked to /graphql',
    );
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('should offer every ready operation as a tab', async () => {
    const html = await (await fetch(`${app.url}/console/graphiql`)).text();
    const data = JSON.parse(/<script type="application\/json" id="slotkit-data">([^<]*)<\/script>/.exec(html)![1]!) as {
      tabs: { title: string }[];
    };
    for (const name of ['CreateActivity', 'TodaysBookings', 'CancelBooking', 'WeeklyBookingsTrend']) {
      assert.ok(
        data.tabs.some((t) => t.title === name),
        name,
      );
    }
    assert.doesNotMatch(html, /<script[^>]+src=|<link[^>]+href="https?:/, 'no external script or stylesheet');
  });

  it('should answer 503 with a clear message while the console is not built', async () => {
    const bare = express();
    registerConsole(bare, app.services, '/nonexistent/console/dist/');
    const server = bare.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      for (const path of ['/console', '/console/graphiql']) {
        const res = await fetch(`http://127.0.0.1:${(server.address() as { port: number }).port}${path}`);
        assert.equal(res.status, 503);
        assert.match(await res.text(), /pnpm run build/);
      }
    } finally {
      server.close();
    }
  });
});
