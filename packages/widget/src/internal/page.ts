// The widget may live in a cross-origin iframe (the /embed page): the URLs it
// returns to and navigates are the top page's when readable, its own otherwise.

/** The page URL a customer should come back to. */
export function pageUrl(): string {
  try {
    return window.top!.location.href;
  } catch {
    return location.href;
  }
}

/** `?slotkit_session=` of this frame's or the top page's URL. */
export function returningSession(): string | null {
  for (const href of [location.href, pageUrl()]) {
    const id = new URL(href).searchParams.get('slotkit_session');
    if (id) return id;
  }
  return null;
}

/** Success URL with Stripe's literal placeholder (URLSearchParams would encode the braces). */
export function successUrl(href: string): string {
  const u = new URL(href);
  const hash = u.hash;
  u.hash = '';
  u.searchParams.delete('slotkit_session');
  return `${u.href}${u.search ? '&' : '?'}slotkit_session={CHECKOUT_SESSION_ID}${hash}`;
}

/** Leaves any iframe for Checkout; a new tab when top navigation is refused. */
export function navigateTop(url: string): void {
  try {
    window.top!.location.href = url;
  } catch {
    window.open(url, '_blank', 'noopener');
  }
}

/** crypto.randomUUID exists only in secure contexts; venue pages may be plain http. */
export const newKey = (): string =>
  crypto.randomUUID?.() ??
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
