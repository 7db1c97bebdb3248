import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { strongEtag } from './etag.ts';

/** packages/widget/dist, written by `pnpm run build` (rollup). */
export const DEFAULT_WIDGET_DIST = fileURLToPath(new URL('../../../widget/dist/', import.meta.url));

/** One servable file, kept in memory with its gzip form (the widget is tens of KB). */
export interface StaticAsset {
  readonly body: Buffer;
  readonly gzip: Buffer;
  /** Strong ETag over the bytes. */
  readonly etag: string;
  readonly contentType: string;
}

export interface WidgetBundle {
  /** The content-hashed entry file named by manifest.json, e.g. `widget.3f9a1c2b.js`. */
  readonly entry: string;
  /** Every content-hashed file of dist (entry, chunks, source maps) by name. */
  readonly files: ReadonlyMap<string, StaticAsset>;
}

/** Content-hashed names (`name.<hash>.js`, `.js.map`): immutable, so cacheable for a year. */
export const HASHED_FILE_RE = /^[\w-]+\.[\w-]{6,}\.js(?:\.map)?$/;

export function toAsset(body: Buffer, contentType: string): StaticAsset {
  const etag = strongEtag(body);
  return { body, gzip: gzipSync(body, { level: 9 }), etag, contentType };
}

/**
 * Reads the built widget from `distDir`, again whenever manifest.json changes
 * (a rebuild while the server runs is picked up on the next request).
 * Resolves to undefined while the widget is not built.
 */
export function widgetBundleLoader(distDir: string): () => Promise<WidgetBundle | undefined> {
  let cached: { stamp: string; bundle: WidgetBundle } | undefined;
  let loading: Promise<WidgetBundle | undefined> | undefined;
  const manifestPath = join(distDir, 'manifest.json');

  async function load(stamp: string): Promise<WidgetBundle | undefined> {
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as { file?: unknown };
    if (typeof manifest.file !== 'string' || !HASHED_FILE_RE.test(manifest.file)) return undefined;
    const files = new Map<string, StaticAsset>();
    for (const name of await readdir(distDir)) {
      if (!HASHED_FILE_RE.test(name)) continue;
      const type = name.endsWith('.map') ? 'application/json; charset=utf-8' : 'text/javascript; charset=utf-8';
      files.set(name, toAsset(await readFile(join(distDir, name)), type));
    }
    if (!files.has(manifest.file)) return undefined;
    const bundle = { entry: manifest.file, files };
    cached = { stamp, bundle };
    return bundle;
  }

  return async () => {
    let stamp: string;
    try {
      const s = await stat(manifestPath);
      stamp = `${s.mtimeMs}:${s.size}`;
    } catch {
      return undefined;
    }
    if (cached?.stamp === stamp) return cached.bundle;
    loading ??= load(stamp)
      .catch(() => undefined)
      .finally(() => (loading = undefined));
    return loading;
  };
}
