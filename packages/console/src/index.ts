import { fileURLToPath } from 'node:url';

/** Where `pnpm --filter @slotkit/console build` writes the app, its assets and the GraphQL tab's page. */
export const consoleDistDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** dist/manifest.json, written by build.mjs. */
export interface ConsoleManifest {
  /** The first 32 hex digits of index.html's sha256. */
  readonly etag: string;
  /** Every file under dist/assets/ with its gzip size in bytes. */
  readonly assets: Readonly<Record<string, number>>;
  /** index.html + every asset but the GraphQL tab's chunk, gzip: the 200 KB budget (DESIGN §9.1). */
  readonly beforeGraphQLGzipBytes: number;
  /** graphiql.html gzip (loaded only when the GraphQL tab opens). */
  readonly graphiqlGzipBytes: number;
}
