import { readFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Express, Request, Response } from 'express';
import type { AppServices } from '../services.ts';
import { socketOriginOf } from './page-security.ts';

const gzipAsync = promisify(gzip);

/** packages/console/dist, written by `pnpm run build` (the console package's build.mjs). */
export const DEFAULT_CONSOLE_DIR = fileURLToPath(new URL('../../../console/dist/', import.meta.url));

interface BuiltConsole {
  readonly mtimeMs: number;
  readonly html: Buffer;
  readonly gzipped: Buffer;
  readonly etag: string;
  readonly scriptHashes: readonly string[];
}

/**
 * GraphiQL runs its two inline scripts (allowed by hash, not 'unsafe-inline'),
 * starts Monaco's workers from blob: URLs and injects its styles at run time.
 * It talks only to this origin; it may not be framed (API keys are typed here).
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
    "frame-ancestors 'none'",
  ].join('; ');
}

/** GET /console: the offline GraphiQL page, gzipped once per build; 503 until it is built. */
export function registerConsole(app: Express, services: AppServices, dir = DEFAULT_CONSOLE_DIR): void {
  let cached: Promise<BuiltConsole> | undefined;
  let cachedMtime = -1;

  async function load(): Promise<BuiltConsole | undefined> {
    const info = await stat(`${dir}index.html`).catch(() => undefined);
    if (!info) return undefined;
    if (!cached || info.mtimeMs !== cachedMtime) {
      cachedMtime = info.mtimeMs;
      cached = (async () => {
        const [html, manifest] = await Promise.all([
          readFile(`${dir}index.html`),
          readFile(`${dir}console.json`, 'utf8'),
        ]);
        const { scriptHashes, etag } = JSON.parse(manifest) as { scriptHashes: string[]; etag: string };
        return {
          mtimeMs: info.mtimeMs,
          html,
          gzipped: await gzipAsync(html),
          etag: `"${etag.slice(0, 32)}"`,
          scriptHashes,
        };
      })();
      cached.catch(() => (cached = undefined));
    }
    return cached;
  }

  app.get('/console', async (req: Request, res: Response) => {
    let built: BuiltConsole | undefined;
    try {
      built = await load();
    } catch (err) {
      services.logger.error({ err }, 'console build is unreadable');
    }
    if (!built) {
      res.status(503).type('text/plain').setHeader('Cache-Control', 'no-store');
      res.send(
        'The console is not built. Run `pnpm run build` (or `pnpm --filter @slotkit/console build`) and reload.\n',
      );
      return;
    }
    res.setHeader('Content-Security-Policy', consoleCsp(built.scriptHashes, socketOriginOf(req)));
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Vary', 'Accept-Encoding');
    res.setHeader('ETag', built.etag);
    res.type('html');
    if (req.headers['if-none-match'] === built.etag) {
      res.status(304).end();
      return;
    }
    const gzipOk = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (gzipOk) res.setHeader('Content-Encoding', 'gzip');
    res.send(gzipOk ? built.gzipped : built.html);
  });
}
