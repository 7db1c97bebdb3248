/**
 * `allowed_origins` entries: an exact origin (`https://shop.example`), any
 * port (`http://localhost:*`) or any subdomain (`https://*.shop.example`).
 * A bare `*` or anything that is not a scheme://host pattern matches nothing:
 * a venue can widen its list, never open it to every site.
 */
export function originMatches(pattern: string, origin: string): boolean {
  const p = parsePattern(pattern);
  const o = parseOrigin(origin);
  if (!p || !o || p.scheme !== o.scheme) return false;
  if (p.port !== '*' && p.port !== o.port) return false;
  if (p.host.startsWith('*.')) return o.host.endsWith(p.host.slice(1)) && o.host.length > p.host.length - 1;
  return p.host === o.host;
}

interface Parts {
  readonly scheme: string;
  readonly host: string;
  readonly port: string;
}

const DEFAULT_PORT: Readonly<Record<string, string>> = { http: '80', https: '443' };
const PATTERN_RE = /^(https?):\/\/((?:\*\.)?[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}|\*))?\/?$/i;

function parsePattern(pattern: string): Parts | undefined {
  const m = PATTERN_RE.exec(pattern.trim());
  if (!m) return undefined;
  const scheme = m[1]!.toLowerCase();
  return { scheme, host: m[2]!.toLowerCase(), port: m[3] ?? DEFAULT_PORT[scheme]! };
}

/** Parses an Origin header; `null` (sandboxed frames, file://) and junk give undefined. */
export function parseOrigin(origin: string): Parts | undefined {
  const m = PATTERN_RE.exec(origin.trim());
  if (!m || m[2]!.includes('*') || m[3] === '*') return undefined;
  const scheme = m[1]!.toLowerCase();
  return { scheme, host: m[2]!.toLowerCase(), port: m[3] ?? DEFAULT_PORT[scheme]! };
}

/** The origin a browser would send for a URL (`https://host[:port]`). */
export function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}
