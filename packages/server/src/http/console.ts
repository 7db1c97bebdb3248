import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../services.ts';
import { strongEtag } from './etag.ts';
import { contentSecurityPolicy, socketOriginOf } from './page-security.ts';

const gzipAsync = promisify(gzip);

/** packages/console/dist, written by `pnpm run build` (the console package's build.mjs). */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist/', import.meta.url));

/** A built file held in memory: its bytes, gzip and ETag, re-read when its mtime changes. */
interface HeldFile {
  readonly mtimeMs: number;
  readonly body: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
}

/**
 * The console app's page: one same-origin module and stylesheet, no inline code, Lit styles
 * through CSSOM; it frames only its own GraphiQL page and may not be framed (keys are typed here).
 */
export function consoleAppCsp(socketOrigin: string | undefined): string {
  return contentSecurityPolicy({ socketOrigin, frameSrc: "'self'", frameAncestors: "'none'" }).replace(
    "form-action 'self'",
    "form-action 'none'",
  );
}

/**
 * The GraphQL tab's page: GraphiQL runs its two inline scripts (allowed by hash, not
 * 'unsafe-inline'), starts Monaco's workers from blob: URLs and injects its styles at run time.
 * It talks only to this origin; only the console app (same origin) may frame it.
 */
export function consoleCsp(scriptHashes: readonly string[], socketOrigin: string | undefined): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    'worker-src blob:',
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${socketOrigin ? ` ${socketOrigin}` : ''}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'self'",
  ].join('; ');
}

const ASSET_NAME = /^[\w-]+\.[\w-]+\.(js|css)$/;

/**
 * GET /console (the app), /console/assets/<hashed file> (immutable), /console/graphiql (the
 * GraphQL tab's page, loaded only when that tab opens); 503 with the build command until built.
 */
export function registerConsole(app: Express, services: AppServices, dir = DEFAULT_CONSOLE_DIR): void {
  const held = new Map<string, Promise<HeldFile | undefined>>();

  async function hold(path: string): Promise<HeldFile | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const cached = await held.get(path)?.catch(() => undefined);
    if (cached && cached.mtimeMs === info.mtimeMs) return cached;
    const loading = (async () => {
      const body = await readFile(path);
      return { mtimeMs: info.mtimeMs, body, gzipped: await gzipAsync(body), etag: strongEtag(body) };
    })();
    held.set(path, loading);
    return loading;
  }

  function notBuilt(res: Response): void {
    res.status(503).type('text/plain').setHeader('Cache-Control', 'no-store');
    res.send(
      'The console is not built. Run `pnpm run build` (or `pnpm --filter @slotkit/console build`) and reload.\n',
    );
  }

  function send(req: Request, res: Response, file: HeldFile, cacheControl: string): void {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', cacheControl);
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', file.etag);
    if (req.headers['if-none-match'] === file.etag) {
      res.status(304).end();
      return;
    }
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzipOk) res.setHeader('Content-Encoding', 'gzip');
    res.send(gzipOk ? file.gzipped : file.body);
  }

  function pageHeaders(res: Response, csp: string): void {
    res.setHeader('Content-Security-Policy', csp);
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.type('html');
  }

  const safely =
    (handler: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await handler(req, res);
      } catch (err) {
        services.logger.error({ err }, 'console build is unreadable');
        if (!res.headersSent) notBuilt(res);
      }
    };

  app.get(
    '/console',
    safely(async (req, res) => {
      const page = await hold(`${dir}index.html`);
      if (!page) return notBuilt(res);
      pageHeaders(res, consoleAppCsp(socketOriginOf(req)));
      res.setHeader('X-Frame-Options', 'DENY');
      send(req, res, page, 'no-cache');
    }),
  );

  app.get(
    '/console/assets/:file',
    safely(async (req, res) => {
      const name = String(req.params['file']);
      const file = ASSET_NAME.test(name) ? await hold(`${dir}assets/${name}`) : undefined;
      if (!file) {
        res.status(404).type('text/plain').send('Not found\n');
        return;
      }
      res.type(name.endsWith('.css') ? 'text/css' : 'text/javascript');
      send(req, res, file, 'public, max-age=31536000, immutable');
    }),
  );

  app.get(
    '/console/graphiql',
    safely(async (req, res) => {
      const [page, manifest] = await Promise.all([
        hold(`${dir}graphiql.html`),
        readFile(`${dir}graphiql.json`, 'utf8').catch(() => undefined),
      ]);
      if (!page || !manifest) return notBuilt(res);
      const { scriptHashes } = JSON.parse(manifest) as { scriptHashes: string[] };
      pageHeaders(res, consoleCsp(scriptHashes, socketOriginOf(req)));
      res.setHeader('X-Frame-Options', 'SAMEORIGIN');
      send(req, res, page, 'no-cache');
    }),
  );
}
