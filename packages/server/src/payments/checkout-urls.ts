import { badInput } from '../errors.ts';

/** Stripe replaces this placeholder in success_url with the session id. */
export const SESSION_PLACEHOLDER = '{CHECKOUT_SESSION_ID}';
export const SESSION_QUERY_PARAM = 'slotkit_session';

const MAX_URL = 2048;

/** An absolute http(s) URL; anything else (javascript:, relative paths) is refused. */
export function parseReturnUrl(value: string, field: string): string {
  const trimmed = value.trim();
  let url: URL;
  try {
    url = new URL(trimmed.replaceAll(SESSION_PLACEHOLDER, 'x'));
  } catch {
    throw badInput(`${field} must be an absolute http or https URL`, { field });
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || trimmed.length > MAX_URL) {
    throw badInput(`${field} must be an absolute http or https URL`, { field });
  }
  return trimmed;
}

/**
 * The success URL must bring the session id back so the page can call
 * confirmCheckout. When the caller did not place the placeholder, it goes into
 * a query parameter (before any #fragment), unencoded so Stripe can replace it.
 */
export function withSessionPlaceholder(successUrl: string): string {
  if (successUrl.includes(SESSION_PLACEHOLDER)) return successUrl;
  const hashAt = successUrl.indexOf('#');
  const base = hashAt === -1 ? successUrl : successUrl.slice(0, hashAt);
  const hash = hashAt === -1 ? '' : successUrl.slice(hashAt);
  const sep = base.includes('?') ? (base.endsWith('?') || base.endsWith('&') ? '' : '&') : '?';
  return `${base}${sep}${SESSION_QUERY_PARAM}=${SESSION_PLACEHOLDER}${hash}`;
}
