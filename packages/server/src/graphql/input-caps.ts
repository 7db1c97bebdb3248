import { isEmailAddress, MAX_EMAIL_LENGTH } from '@slotkit/core/contact';
import { badInput } from '../errors.ts';

/**
 * Cross-cutting caps on every argument of every operation, checked before
 * anything executes. Areas validate their own meaning (party limits of an
 * activity, known prices); this layer only bounds size so no input can be
 * huge, negative or unstorable. Keyed by field name wherever it appears.
 */
const STRING_MAX: Readonly<Record<string, number>> = {
  email: MAX_EMAIL_LENGTH,
  name: 200,
  label: 200,
  phone: 40,
  idempotencyKey: 100,
  embedKey: 100,
  checkoutSessionId: 255,
  fontFamily: 200,
  reason: 500,
  description: 5000,
  successUrl: 2048,
  cancelUrl: 2048,
  waiverUrl: 2048,
};
const DEFAULT_STRING_MAX = 2048;
const ID_MAX = 100;
const INT_RANGE: Readonly<Record<string, readonly [number, number]>> = {
  quantity: [0, 100],
  partySize: [1, 1000],
};
const LIST_MAX: Readonly<Record<string, number>> = { tickets: 20 };
const DEFAULT_LIST_MAX = 200;
const MAX_NESTING = 8;

/** Throws BAD_USER_INPUT (details: field, limit) for the first argument over a cap. */
export function checkInputCaps(args: Readonly<Record<string, unknown>>, path = ''): void {
  walk(args, path, 0);
}

function walk(value: unknown, path: string, depth: number): void {
  if (depth > MAX_NESTING) throw badInput('Input is nested too deeply', { field: path });
  if (Array.isArray(value)) {
    const key = lastKey(path);
    const max = LIST_MAX[key] ?? DEFAULT_LIST_MAX;
    if (value.length > max) throw badInput(`${path} may hold at most ${max} items`, { field: path, max });
    value.forEach((v, i) => walk(v, `${path}[${i}]`, depth + 1));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, depth + 1);
  } else if (typeof value === 'string') {
    checkString(value, path);
  } else if (typeof value === 'number') {
    const range = INT_RANGE[lastKey(path)];
    if (range && (value < range[0] || value > range[1])) {
      throw badInput(`${path} must be between ${range[0]} and ${range[1]}`, {
        field: path,
        min: range[0],
        max: range[1],
      });
    }
  }
}

function checkString(value: string, path: string): void {
  const key = lastKey(path);
  const max = STRING_MAX[key] ?? (/(^id|Id|Ids)$/.test(key) ? ID_MAX : DEFAULT_STRING_MAX);
  if (value.length > max) throw badInput(`${path} may be at most ${max} characters`, { field: path, max });
  // PostgreSQL text cannot store NUL; refusing here keeps it a user error, not INTERNAL.
  if (value.includes('\u0000')) throw badInput(`${path} contains a NUL character`, { field: path });
  // Shape only, after the trim the areas apply too; an empty admin URL clears it.
  const trimmed = value.trim();
  if (key === 'email' && !isEmailAddress(trimmed)) throw badInput(`${path} is not an email address`, { field: path });
  if (key.endsWith('Url') && trimmed !== '' && !isHttpUrl(trimmed))
    throw badInput(`${path} must be an http(s) URL`, { field: path });
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

const lastKey = (path: string): string =>
  path
    .replace(/\[\d+\]$/, '')
    .split('.')
    .pop() ?? '';
