import { fileURLToPath } from 'node:url';

/** Where `pnpm --filter @slotkit/console build` writes the page and its CSP script hashes. */
export const consoleDistDir = fileURLToPath(new URL('../dist/', import.meta.url));
export const CONSOLE_HTML = 'index.html';
export const CONSOLE_MANIFEST = 'console.json';

/** dist/console.json: what the server needs to serve the page under a strict CSP. */
export interface ConsoleManifest {
  /** 'sha256-…' of every inline script, for script-src. */
  readonly scriptHashes: readonly string[];
  /** sha256 hex of index.html, for the ETag. */
  readonly etag: string;
}
