import type { Config } from '../config.ts';
import { originOf } from './origin-patterns.ts';

/**
 * The server's own origin: PUBLIC_URL when set, else whatever host the
 * request was addressed to. A browser cannot choose both the Host and the
 * Origin of a request, so "Origin names the Host" means same-origin.
 */
export function isOwnOrigin(config: Pick<Config, 'PUBLIC_URL'>, origin: string, host: string | undefined): boolean {
  if (config.PUBLIC_URL && originOf(config.PUBLIC_URL) === origin) return true;
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
