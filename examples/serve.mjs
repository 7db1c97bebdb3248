#!/usr/bin/env node
// Serves the examples as a site owner's web server would, on another port than Slotkit, with the
// Slotkit server's URL in ONE place: the pages are written for the documented http://localhost:4000,
// and this server points that at the real one in the HTML it serves (the files stay copy-paste ready).
//   pnpm examples                          Slotkit at http://localhost:$PORT (default 4000); pages on 8080
//   pnpm examples --server http://localhost:4100 --port 8090
// Then open http://localhost:8080/plain-html/, /react/ or /vue/ (React and Vue are built first).
// e2e/ uses serveStatic() with the server under test.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DOCUMENTED_SERVER = 'http://localhost:4000';
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css' };

/** Serves `dir`; in HTML files the documented Slotkit URL becomes `slotkitUrl`. */
export async function serveStatic(dir, slotkitUrl, port = 0) {
  const server = createServer(async (req, res) => {
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body = await readFile(file);
      if (extname(file) === '.html') body = body.toString().replaceAll(DOCUMENTED_SERVER, slotkitUrl);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://localhost:${server.address().port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const here = fileURLToPath(new URL('.', import.meta.url));
  const slotkitUrl = option('server', process.env.SLOTKIT_URL ?? `http://localhost:${process.env.PORT ?? 4000}`);
  for (const example of ['react', 'vue']) {
    if (existsSync(join(here, example, 'dist', 'app.js'))) continue;
    spawnSync('pnpm', ['--filter', `@slotkit/example-${example}`, 'build'], { stdio: 'inherit' });
  }
  const site = await serveStatic(here, slotkitUrl, Number(option('port', 8080)));
  process.stdout.write(
    `Examples for the Slotkit server at ${slotkitUrl}:\n` +
      ['plain-html', 'react', 'vue'].map((e) => `  ${site.url}/${e}/\n`).join(''),
  );
}
