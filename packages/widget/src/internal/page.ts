// The page around the widget: where Checkout returns to, which widget the
// return is for (DESIGN §9.2), and top-level navigation. The widget may live
// in the /embed iframe: there the host page comes from /embed.js by message.

/** What the flow remembers across the trip to Checkout (sessionStorage). */
export interface Trip {
  readonly reservationId: string;
  readonly activityId: string;
  readonly date: string;
}

/** What a Checkout return URL carries. */
export interface Back {
  /** The Checkout session (success) or the reservation (cancel). */
  readonly session: string;
  readonly widget: string | null;
  readonly cancelled: boolean;
}

/** What /embed.js tells the frame: the page it is on, its instance, and its return if any. */
export interface HostInfo {
  readonly page: string;
  readonly instance: string;
  readonly back: Back | null;
}

const PARAMS = ['slotkit_session', 'slotkit_widget', 'slotkit_cancelled'];

export function readBack(href: string): Back | null {
  const q = new URL(href).searchParams;
  const session = q.get('slotkit_session');
  return session ? { session, widget: q.get('slotkit_widget'), cancelled: q.has('slotkit_cancelled') } : null;
}

/** `href` without the return parameters. */
export function withoutBack(href: string): string {
  const u = new URL(href);
  for (const p of PARAMS) u.searchParams.delete(p);
  return u.href;
}

// Read once per page: every widget compares its instance with it; the address
// bar is cleaned after load (embed.js on the same page reads it too), so a
// reload or "Book again" never shows an old confirmation again.
let pageBack = readBack(location.href);
let claimed = false;
function scheduleStrip(): void {
  if (!pageBack) return;
  const strip = () => history.replaceState(history.state, '', withoutBack(location.href));
  if (document.readyState === 'complete') setTimeout(strip);
  else addEventListener('load', strip, { once: true });
}
scheduleStrip();

let host: HostInfo | null = null;
const hostListeners = new Set<(h: HostInfo) => void>();
if (window.parent !== window) {
  addEventListener('message', (e: MessageEvent<Partial<HostInfo> & { type?: string }>) => {
    const d = e.data;
    if (e.source !== window.parent || d?.type !== 'slotkit:host' || typeof d.page !== 'string') return;
    host = { page: d.page, instance: String(d.instance ?? ''), back: d.back?.session ? d.back : null };
    for (const fn of hostListeners) fn(host);
  });
  window.parent.postMessage({ type: 'slotkit:hello' }, '*');
}

/** Calls `fn` with the host page info now (if known) and whenever /embed.js sends it. */
export function onHost(fn: (h: HostInfo) => void): () => void {
  hostListeners.add(fn);
  if (host) fn(host);
  return () => hostListeners.delete(fn);
}

/**
 * The return meant for `instance`, once per page load: named by
 * slotkit_widget, or (a URL without it) the first widget on the page.
 */
export function takeBack(instance: string, first: boolean): Back | null {
  const b = host?.back ?? pageBack;
  if (!b || claimed) return null;
  if (b.widget ? b.widget !== instance : !first) return null;
  claimed = true;
  return b;
}

/** Test hook: pretend the page was opened with `href`. */
export function resetBack(href: string | null): void {
  pageBack = href ? readBack(href) : null;
  claimed = false;
  host = null;
  scheduleStrip();
}

/**
 * An instance name that survives the trip to Checkout: the element's id, else
 * its activity or venue and its position among widgets showing the same.
 */
export function instanceOf(el: HTMLElement): string {
  if (el.id) return el.id;
  const key = el.getAttribute('activity-id') ?? el.getAttribute('embed-key') ?? 'preview';
  const same = [...document.querySelectorAll('booking-widget')].filter(
    (w) => !w.id && (w.getAttribute('activity-id') ?? w.getAttribute('embed-key') ?? 'preview') === key,
  );
  return `${key.slice(0, 8)}-${Math.max(0, same.indexOf(el as never))}`;
}

/** The page Checkout should return to: the host page (iframe), else this one. */
export function returnPage(): string {
  return withoutBack(host?.page ?? location.href);
}

const add = (href: string, params: string) => {
  const u = new URL(href);
  const hash = u.hash;
  u.hash = '';
  return `${u.href}${u.search ? '&' : '?'}${params}${hash}`;
};

/** Success URL with Stripe's literal placeholder (URLSearchParams would encode the braces). */
export const successUrl = (page: string, instance: string): string =>
  add(page, `slotkit_session={CHECKOUT_SESSION_ID}&slotkit_widget=${encodeURIComponent(instance)}`);

/** Cancel URL: names the hold, so coming back releases it at once. */
export const cancelUrl = (page: string, instance: string, reservationId: string): string =>
  add(
    page,
    `slotkit_session=${encodeURIComponent(reservationId)}&slotkit_widget=${encodeURIComponent(instance)}` +
      '&slotkit_cancelled=1',
  );

/** The trip to Checkout, kept per tab so a cancelled payment lands back on the same date. */
export const trips = {
  save(instance: string, trip: Trip): void {
    try {
      sessionStorage.setItem(`slotkit:${instance}`, JSON.stringify(trip));
    } catch {
      // Storage refused (privacy mode): a cancel then lands on today's month.
    }
  },
  take(instance: string): Trip | undefined {
    try {
      const raw = sessionStorage.getItem(`slotkit:${instance}`);
      sessionStorage.removeItem(`slotkit:${instance}`);
      return raw ? (JSON.parse(raw) as Trip) : undefined;
    } catch {
      return undefined;
    }
  },
};

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
