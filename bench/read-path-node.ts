/**
 * One process of bench/read-path.ts, by role (argv[2]):
 * - `instance`: a Slotkit server on DATABASE_URL (settings from the environment: READ_CACHE, …)
 * - `proxy`: a tiny round-robin HTTP proxy over the URLs in UPSTREAMS (comma-separated)
 * - `hello`: Apollo Server 5's bare "hello" (startStandaloneServer), the ceiling to compare with
 * Prints one JSON line {"url"} when listening; exits when stdin closes.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const role = process.argv[2];

async function instance(): Promise<string> {
  const { startApp } = await import('../packages/server/src/bootstrap.ts');
  const { loadConfig } = await import('../packages/server/src/config.ts');
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    PORT: '0',
    HOST: '127.0.0.1',
    SLOTKIT_DEMO: '0',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    STRIPE_SECRET_KEY: 'sk_test_bench',
    STRIPE_WEBHOOK_SECRET: 'whsec_bench',
    PUBLIC_URL: 'http://127.0.0.1',
  });
  const app = await startApp({ config, holdSweeper: false, sessionGenerator: false });
  process.stdin.on('end', () => void app.stop().finally(() => process.exit(0))).resume();
  return app.server.url;
}

async function proxy(): Promise<string> {
  const upstreams = (process.env.UPSTREAMS ?? '').split(',').map((u) => new URL(u));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  let next = 0;
  const server = http.createServer((req, res) => {
    const target = upstreams[next++ % upstreams.length]!;
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  process.stdin.on('end', () => process.exit(0)).resume();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function hello(): Promise<string> {
  const { ApolloServer } = await import('@apollo/server');
  const { startStandaloneServer } = await import('@apollo/server/standalone');
  const server = new ApolloServer({
    typeDefs: 'type Query { hello: String }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } });
  process.stdin.on('end', () => process.exit(0)).resume();
  return url.replace(/\/$/, '').replace('localhost', '127.0.0.1');
}

const url = role === 'instance' ? await instance() : role === 'proxy' ? await proxy() : await hello();
process.stdout.write(JSON.stringify({ url }) + '\n');
