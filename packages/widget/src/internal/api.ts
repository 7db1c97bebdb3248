import type { ErrorCode } from '@slotkit/sdk';
import type { TypedDocumentString } from '@slotkit/sdk/generated';

/**
 * Codes the UI tells apart: the server's `extensions.code` (schema.graphql
 * `enum ErrorCode`, generated into the SDK), NETWORK when the request never got
 * an answer, ORIGIN when that was the browser refusing this page's origin (CORS).
 */
export type ApiErrorCode = ErrorCode | 'NETWORK' | 'ORIGIN';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly retryAfterSeconds?: number,
    /** `extensions.reason`, e.g. HOLD_EXPIRED, NOT_PAID. */
    readonly reason?: string,
  ) {
    super(message);
  }
}

interface Envelope<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number; reason?: string } }[];
}

// Shared by every widget on the page: a venue page with three widgets asks once.
const cache = new Map<string, { until: number; data: unknown }>();

/** Test hook: forget cached GET responses. */
export const clearCache = (): void => cache.clear();

/**
 * After a bare network failure: ask the server whether this page's origin is
 * one it refuses (it answers /origin-check to anyone). Says so in the console
 * with the exact origin, for the site owner.
 */
async function refusedOrigin(api: string): Promise<boolean> {
  try {
    const res = await fetch(new URL('origin-check', api), { cache: 'no-store' });
    const body = (await res.json()) as { allowed?: boolean; origin?: string };
    if (body.allowed !== false) return false;
    console.error(`Slotkit: add ${body.origin ?? location.origin} to the venue's allowed origins to show it here.`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Sends one generated document. `get` sends it as an HTTP GET (cacheable by a
 * CDN, and here in memory for the response's max-age); everything else is POST.
 */
export async function request<R, V>(
  url: string,
  doc: TypedDocumentString<R, V>,
  variables: V,
  get = false,
): Promise<R> {
  const query = doc.toString();
  let target = url;
  let init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  };
  if (get) {
    target = getUrl(url, doc, variables);
    const hit = cache.get(target);
    if (hit && hit.until > Date.now()) return hit.data as R;
    // Apollo's CSRF protection accepts a GET only with a preflight-forcing header.
    init = { headers: { 'apollo-require-preflight': 'true' } };
  }
  let res: Response;
  try {
    res = await fetch(target, init);
  } catch {
    throw new ApiError('network', (await refusedOrigin(url)) ? 'ORIGIN' : 'NETWORK');
  }
  // A proxy's 429/502 page is not JSON: fall back to the status code below.
  const body = ((await res.json().catch(() => ({}))) ?? {}) as Envelope<R>;
  const err = body.errors?.[0];
  if (err || !body.data) {
    const x = err?.extensions;
    const code = (x?.code ?? (res.status === 429 ? 'RATE_LIMITED' : 'INTERNAL')) as ApiErrorCode;
    const after = x?.retryAfterSeconds ?? (Number(res.headers.get('retry-after')) || undefined);
    throw new ApiError(err?.message ?? res.statusText, code, after, x?.reason);
  }
  const cc = res.headers.get('cache-control') ?? '';
  const maxAge = /max-age=(\d+)/.exec(cc)?.[1];
  if (get && maxAge && !/no-store|private/.test(cc)) {
    cache.set(target, { until: Date.now() + Number(maxAge) * 1000, data: body.data });
  }
  return body.data;
}

/** Forgets a cached GET (a pushed config makes the cached one stale). */
export const forget = <R, V>(url: string, doc: TypedDocumentString<R, V>, variables: V): boolean =>
  cache.delete(getUrl(url, doc, variables));

function getUrl<R, V>(url: string, doc: TypedDocumentString<R, V>, variables: V): string {
  const u = new URL(url);
  u.searchParams.set('query', doc.toString());
  u.searchParams.set('variables', JSON.stringify(variables));
  return u.href;
}
