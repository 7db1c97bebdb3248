import type { TypedDocumentString } from '@slotkit/sdk/generated';

/** Codes the UI distinguishes; server codes plus NETWORK for "could not reach it". */
export type ApiErrorCode =
  'NETWORK' | 'RATE_LIMITED' | 'BAD_USER_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'INTERNAL';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ApiErrorCode,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

interface Envelope<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; retryAfterSeconds?: number } }[];
}

// Shared by every widget on the page: a venue page with three widgets asks once.
const cache = new Map<string, { until: number; data: unknown }>();

/** Test hook: forget cached GET responses. */
export const clearCache = (): void => cache.clear();

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
    const u = new URL(url);
    u.searchParams.set('query', query);
    u.searchParams.set('variables', JSON.stringify(variables));
    target = u.href;
    const hit = cache.get(target);
    if (hit && hit.until > Date.now()) return hit.data as R;
    // Apollo's CSRF protection accepts a GET only with a preflight-forcing header.
    init = { headers: { 'apollo-require-preflight': 'true' } };
  }
  let res: Response;
  try {
    res = await fetch(target, init);
  } catch {
    throw new ApiError('network', 'NETWORK');
  }
  // A proxy's 429/502 page is not JSON: fall back to the status code below.
  const body = ((await res.json().catch(() => ({}))) ?? {}) as Envelope<R>;
  const err = body.errors?.[0];
  if (err || !body.data) {
    const code = (err?.extensions?.code ?? (res.status === 429 ? 'RATE_LIMITED' : 'INTERNAL')) as ApiErrorCode;
    const after = err?.extensions?.retryAfterSeconds ?? (Number(res.headers.get('retry-after')) || undefined);
    throw new ApiError(err?.message ?? res.statusText, code, after);
  }
  const maxAge = /max-age=(\d+)/.exec(res.headers.get('cache-control') ?? '')?.[1];
  if (get && maxAge && !/no-store|private/.test(res.headers.get('cache-control')!)) {
    cache.set(target, { until: Date.now() + Number(maxAge) * 1000, data: body.data });
  }
  return body.data;
}
