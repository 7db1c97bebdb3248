import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync, utimesSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import express from 'express';
import { widgetAssetRouter } from '../../src/http/widget-assets.ts';

const ENTRY = 'widget.Ab3_x9-Q.js';
const CODE = 'export const built = "first";\n'.repeat(40);

async function serve(distDir: string) {
  const app = express();
  app.use(widgetAssetRouter({ distDir }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, close: () => new Promise((resolve) => server.close(resolve)) };
}

function writeDist(dir: string, entry: string, code: string) {
  writeFileSync(join(dir, entry), code);
  writeFileSync(join(dir, 'widget.js'), code);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ file: entry, gzipBytes: 100 }));
}

describe('widget scripts', () => {
  let dist: string;
  let server: Awaited<ReturnType<typeof serve>>;
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'slotkit-dist-'));
    server = await serve(dist);
  });
  after(async () => {
    await server.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it('should answer 503 with the build command while the widget is not built', async () => {
    for (const path of ['/widget.js', `/${ENTRY}`]) {
      const res = await fetch(server.url + path);
      assert.equal(res.status, 503, path);
      assert.match(await res.text(), /pnpm run build/);
      assert.equal(res.headers.get('cache-control'), 'no-store');
    }
  });

  it('should serve the hashed file as immutable JavaScript with CORS and nosniff', async () => {
    writeDist(dist, ENTRY, CODE);
    const res = await fetch(`${server.url}/${ENTRY}`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), CODE);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.ok(res.headers.get('etag'));
  });

  it('should serve /widget.js as a short-lived alias of the current build, revalidated by ETag', async () => {
    writeDist(dist, ENTRY, CODE);
    const res = await fetch(`${server.url}/widget.js`);
    assert.equal(res.status, 200);
    assert.equal(await res.text(), CODE);
    assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.match(res.headers.get('cache-control')!, /^public, max-age=300\b/);
    assert.doesNotMatch(res.headers.get('cache-control')!, /immutable/);
    assert.equal(res.headers.get('access-control-allow-origin'), '*');
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    const again = await fetch(`${server.url}/widget.js`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    assert.equal(again.status, 304);
    assert.equal(await again.text(), '');
  });

  it('should send gzip to clients that accept it and the plain bytes to those that do not', async () => {
    writeDist(dist, ENTRY, CODE);
    const zipped = await rawGet(`${server.url}/widget.js`, { 'accept-encoding': 'gzip, br' });
    assert.equal(zipped.headers['content-encoding'], 'gzip');
    assert.equal(zipped.headers.vary, 'Accept-Encoding');
    assert.equal(gunzipSync(zipped.body).toString(), CODE);
    assert.ok(zipped.body.length < Buffer.byteLength(CODE));
    const plain = await rawGet(`${server.url}/widget.js`, {});
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.equal(plain.body.toString(), CODE);
  });

  it('should pick up a rebuild on the next request and 404 hashes it does not have', async () => {
    writeDist(dist, ENTRY, CODE);
    assert.equal(await (await fetch(`${server.url}/widget.js`)).text(), CODE);
    const next = 'widget.Zz9_new1.js';
    writeDist(dist, next, 'export const built = "second";\n');
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dist, 'manifest.json'), later, later);
    assert.equal(await (await fetch(`${server.url}/widget.js`)).text(), 'export const built = "second";\n');
    assert.equal((await fetch(`${server.url}/${next}`)).status, 200);
    assert.equal((await fetch(`${server.url}/widget.NOTHERE1.js`)).status, 404);
  });

  it('should keep /embed.js and /embed-frame.js under 1 KB gzip and loadable from any page', async () => {
    for (const path of ['/embed.js', '/embed-frame.js']) {
      const res = await fetch(server.url + path, { headers: { 'accept-encoding': 'identity' } });
      assert.equal(res.status, 200);
      const body = await res.text();
      const wire = gzipSync(body, { level: 9 }).length;
      assert.ok(wire <= 1024, `${path} is ${wire} bytes gzip`);
      assert.doesNotMatch(body, /^\/\//m, 'comments are stripped');
      assert.equal(res.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(res.headers.get('access-control-allow-origin'), '*');
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.match(body, /slotkit:resize/);
    }
  });
});

/** Status, headers and the undecoded body (fetch would gunzip on its own). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
