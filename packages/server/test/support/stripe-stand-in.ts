import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import Stripe from 'stripe';

/** One API call as the stand-in received it (form body decoded into nested objects). */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly params: Record<string, any>;
  readonly idempotencyKey: string | undefined;
}

type Obj = Record<string, any>;

export interface StripeStandIn {
  readonly url: string;
  readonly requests: RecordedRequest[];
  readonly products: Map<string, Obj>;
  readonly prices: Map<string, Obj>;
  readonly sessions: Map<string, Obj>;
  readonly coupons: Map<string, Obj>;
  readonly refunds: Obj[];
  /** Requests to one endpoint, e.g. `calls('POST', '/v1/refunds')`. */
  calls(method: string, path: string | RegExp): RecordedRequest[];
  /** The customer pays on the hosted page: the session completes with a payment intent. */
  pay(sessionId: string): Obj;
  /** Make the next N calls to a path fail with a 500 (Stripe outage). */
  failNext(path: string | RegExp, times?: number): void;
  close(): Promise<void>;
}

const id = (prefix: string) => `${prefix}_${randomBytes(10).toString('hex')}`;
const now = () => Math.floor(Date.now() / 1000);

/**
 * A local HTTP stand-in of the Stripe API, only the endpoints Slotkit uses,
 * answering like Stripe (object shapes, 400/404 error bodies, idempotent
 * replays). The real `stripe` SDK talks to it through host/port/protocol.
 */
export async function startStripeStandIn(): Promise<StripeStandIn> {
  const requests: RecordedRequest[] = [];
  const products = new Map<string, Obj>();
  const prices = new Map<string, Obj>();
  const sessions = new Map<string, Obj>();
  const coupons = new Map<string, Obj>();
  const refunds: Obj[] = [];
  const replays = new Map<string, { status: number; body: Obj }>();
  const failures: Array<{ path: string | RegExp; times: number }> = [];
  let url = '';

  const matches = (p: string | RegExp, path: string) => (typeof p === 'string' ? p === path : p.test(path));
  const error = (status: number, message: string, type = 'invalid_request_error') => ({
    status,
    body: { error: { type, message } },
  });

  function route(method: string, path: string, p: Obj): { status: number; body: Obj } {
    let m: RegExpExecArray | null;
    if (method === 'POST' && path === '/v1/products') {
      const product = {
        id: id('prod'),
        object: 'product',
        active: true,
        created: now(),
        ...p,
        metadata: p.metadata ?? {},
      };
      products.set(product.id, product);
      return { status: 200, body: product };
    }
    if (method === 'POST' && (m = /^\/v1\/products\/([^/]+)$/.exec(path))) {
      const product = products.get(m[1]!);
      if (!product) return error(404, `No such product: '${m[1]}'`);
      Object.assign(product, {
        ...p,
        active: p.active === undefined ? product.active : p.active === 'true',
        metadata: { ...product.metadata, ...p.metadata },
      });
      return { status: 200, body: product };
    }
    if (method === 'GET' && path === '/v1/prices') {
      const keys: string[] = p.lookup_keys ?? [];
      const data = [...prices.values()].filter(
        (x) =>
          (keys.length === 0 || keys.includes(x.lookup_key)) &&
          (p.active === undefined || String(x.active) === p.active),
      );
      return { status: 200, body: { object: 'list', url: '/v1/prices', has_more: false, data } };
    }
    if (method === 'POST' && path === '/v1/prices') {
      if (!products.has(p.product)) return error(400, `No such product: '${p.product}'`);
      if (p.lookup_key) {
        const holder = [...prices.values()].find((x) => x.lookup_key === p.lookup_key);
        if (holder && p.transfer_lookup_key !== 'true')
          return error(400, `A price (\`${holder.id}\`) already uses that lookup key.`);
        if (holder) holder.lookup_key = null;
      }
      const price = {
        id: id('price'),
        object: 'price',
        active: true,
        created: now(),
        product: p.product,
        currency: p.currency,
        unit_amount: Number(p.unit_amount),
        lookup_key: p.lookup_key ?? null,
        nickname: p.nickname ?? null,
        metadata: p.metadata ?? {},
        type: 'one_time',
      };
      prices.set(price.id, price);
      return { status: 200, body: price };
    }
    if (method === 'POST' && (m = /^\/v1\/prices\/([^/]+)$/.exec(path))) {
      const price = prices.get(m[1]!);
      if (!price) return error(404, `No such price: '${m[1]}'`);
      if (p.active !== undefined) price.active = p.active === 'true';
      if (p.nickname !== undefined) price.nickname = p.nickname;
      if (p.metadata) price.metadata = { ...price.metadata, ...p.metadata };
      return { status: 200, body: price };
    }
    if (method === 'POST' && path === '/v1/coupons') {
      if ((p.amount_off === undefined) === (p.percent_off === undefined))
        return error(400, 'You must pass either `amount_off` or `percent_off`.');
      if (p.amount_off !== undefined && !p.currency)
        return error(400, 'You must pass `currency` when passing `amount_off`.');
      const coupon = {
        id: id('coupon'),
        object: 'coupon',
        amount_off: p.amount_off === undefined ? null : Number(p.amount_off),
        percent_off: p.percent_off === undefined ? null : Number(p.percent_off),
        currency: p.currency ?? null,
        duration: p.duration ?? 'once',
        max_redemptions: p.max_redemptions === undefined ? null : Number(p.max_redemptions),
        name: p.name ?? null,
        times_redeemed: 0,
        valid: true,
        created: now(),
      };
      coupons.set(coupon.id, coupon);
      return { status: 200, body: coupon };
    }
    if (method === 'POST' && path === '/v1/checkout/sessions') return createSession(p);
    if (method === 'GET' && path === '/v1/checkout/sessions') return listSessions(p);
    if (method === 'GET' && (m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(path))) {
      const session = sessions.get(m[1]!);
      return session ? { status: 200, body: session } : error(404, `No such checkout.session: '${m[1]}'`);
    }
    if (method === 'POST' && (m = /^\/v1\/checkout\/sessions\/([^/]+)\/expire$/.exec(path))) {
      const session = sessions.get(m[1]!);
      if (!session) return error(404, `No such checkout.session: '${m[1]}'`);
      if (session.status !== 'open')
        return error(
          400,
          'Only Checkout Sessions with a status in ["open"] can be expired. ' +
            `This Checkout Session has a status of "${session.status}".`,
        );
      Object.assign(session, { status: 'expired', url: null });
      return { status: 200, body: session };
    }
    if (method === 'POST' && path === '/v1/refunds') {
      const paid = [...sessions.values()].find((s) => s.payment_intent === p.payment_intent);
      if (!paid) return error(404, `No such payment_intent: '${p.payment_intent}'`);
      const refund = {
        id: id('re'),
        object: 'refund',
        payment_intent: p.payment_intent,
        amount: paid.amount_total,
        currency: paid.currency,
        status: 'succeeded',
        reason: p.reason ?? null,
      };
      refunds.push(refund);
      return { status: 200, body: refund };
    }
    return error(404, `Unrecognized request URL (${method}: ${path}).`);
  }

  /**
   * `GET /v1/checkout/sessions`: newest first (creation order breaks ties, as Stripe's ids do), filtered by
   * `status` and `created[gt|gte|lt|lte]`, `limit` (1–100, default 10) per page, `starting_after` for the next.
   */
  function listSessions(p: Obj): { status: number; body: Obj } {
    const limit = p.limit === undefined ? 10 : Number(p.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100)
      return error(400, 'Invalid integer: limit must be between 1 and 100');
    const created: Obj = p.created ?? {};
    const within = (s: Obj) =>
      (created.gt === undefined || s.created > Number(created.gt)) &&
      (created.gte === undefined || s.created >= Number(created.gte)) &&
      (created.lt === undefined || s.created < Number(created.lt)) &&
      (created.lte === undefined || s.created <= Number(created.lte));
    const all = [...sessions.values()].reverse().filter((s) => (!p.status || s.status === p.status) && within(s));
    let start = 0;
    if (p.starting_after) {
      const at = all.findIndex((s) => s.id === p.starting_after);
      if (at < 0) return error(400, `No such checkout.session: '${p.starting_after}'`);
      start = at + 1;
    }
    const data = all.slice(start, start + limit);
    return {
      status: 200,
      body: { object: 'list', url: '/v1/checkout/sessions', has_more: start + limit < all.length, data },
    };
  }

  function createSession(p: Obj): { status: number; body: Obj } {
    const expiresAt = Number(p.expires_at);
    if (p.expires_at !== undefined && (expiresAt < now() + 30 * 60 - 5 || expiresAt > now() + 24 * 3600)) {
      return error(
        400,
        'The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.',
      );
    }
    let amount = 0;
    let currency: string | undefined;
    for (const item of p.line_items ?? []) {
      const quantity = Number(item.quantity ?? 1);
      if (item.price) {
        const price = prices.get(item.price);
        if (!price) return error(400, `No such price: '${item.price}'`);
        if (!price.active) return error(400, `The price specified is inactive. This field only accepts active prices.`);
        amount += price.unit_amount * quantity;
        currency = price.currency;
      } else if (item.price_data) {
        if (!item.price_data.product && !item.price_data.product_data)
          return error(400, 'You must specify either `product` or `product_data` when creating a price.');
        amount += Number(item.price_data.unit_amount) * quantity;
        currency = item.price_data.currency;
      } else {
        return error(400, 'Each line item needs `price` or `price_data`.');
      }
    }
    // Stripe: at most one discount per Checkout; a fixed coupon needs the session's currency.
    const discounts: Obj[] = Object.values(p.discounts ?? {});
    if (discounts.length > 1) return error(400, 'You may only specify one discount.');
    let amountDiscount = 0;
    for (const d of discounts) {
      const coupon = coupons.get(d.coupon);
      if (!coupon) return error(400, `No such coupon: '${d.coupon}'`);
      if (coupon.amount_off !== null && coupon.currency !== currency)
        return error(400, 'The coupon currency does not match the Checkout currency.');
      amountDiscount =
        coupon.amount_off !== null
          ? Math.min(amount, coupon.amount_off)
          : Math.round((amount * coupon.percent_off) / 100);
    }
    amount -= amountDiscount;
    const sessionId = id('cs_test');
    const session = {
      id: sessionId,
      object: 'checkout.session',
      mode: p.mode,
      status: 'open',
      payment_status: 'unpaid',
      payment_intent: null,
      url: `${url}/pay/${sessionId}`,
      success_url: p.success_url,
      cancel_url: p.cancel_url,
      customer_email: p.customer_email ?? null,
      customer_details: null,
      client_reference_id: p.client_reference_id ?? null,
      metadata: p.metadata ?? {},
      amount_total: amount,
      amount_subtotal: amount + amountDiscount,
      total_details: { amount_discount: amountDiscount, amount_shipping: 0, amount_tax: 0 },
      discounts: discounts.map((d) => ({ coupon: d.coupon })),
      currency: currency ?? null,
      expires_at: expiresAt || now() + 24 * 3600,
      created: now(),
      line_items_requested: p.line_items ?? [],
    };
    sessions.set(sessionId, session);
    return { status: 200, body: session };
  }

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const target = new URL(req.url ?? '/', 'http://stand-in');
    const raw = req.method === 'GET' ? target.search.slice(1) : Buffer.concat(chunks).toString('utf8');
    const params = decodeForm(raw);
    const idempotencyKey = req.headers['idempotency-key'] as string | undefined;
    const method = req.method ?? 'GET';
    requests.push({ method, path: target.pathname, params, idempotencyKey });
    const send = (status: number, body: Obj) => {
      res.writeHead(status, { 'content-type': 'application/json', 'request-id': id('req') });
      res.end(JSON.stringify(body));
    };
    const failure = failures.find((f) => f.times > 0 && matches(f.path, target.pathname));
    if (failure) {
      failure.times -= 1;
      return send(500, { error: { type: 'api_error', message: 'stand-in outage' } });
    }
    // Stripe replays the first response for a reused Idempotency-Key.
    const replayKey = idempotencyKey && `${method} ${target.pathname} ${idempotencyKey}`;
    const cached = replayKey ? replays.get(replayKey) : undefined;
    if (cached) return send(cached.status, cached.body);
    const answer = route(method, target.pathname, params);
    if (replayKey && answer.status < 500) replays.set(replayKey, answer);
    send(answer.status, answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url,
    requests,
    products,
    prices,
    sessions,
    coupons,
    refunds,
    calls: (method, path) => requests.filter((r) => r.method === method && matches(path, r.path)),
    pay(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`stand-in: no session ${sessionId}`);
      Object.assign(session, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: id('pi'),
        url: null,
        customer_details: { email: session.customer_email, name: session.metadata.customer_name ?? null },
      });
      return session;
    },
    failNext(path, times = 1) {
      failures.push({ path, times });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** `a[b][0][c]=1` → { a: { b: [ { c: '1' } ] } }, as Stripe's form encoding nests. */
export function decodeForm(raw: string): Obj {
  const root: Obj = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Obj = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const slot = part === '' ? String(Object.keys(node).length) : part;
      if (last) node[slot] = value;
      else node = node[slot] ??= {};
    });
  }
  return arrays(root) as Obj;
}

function arrays(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value as Obj).map(([k, v]) => [k, arrays(v)] as const);
  const numeric = entries.length > 0 && entries.every(([k]) => /^\d+$/.test(k));
  if (numeric) return entries.sort((a, b) => Number(a[0]) - Number(b[0])).map(([, v]) => v);
  return Object.fromEntries(entries);
}

/** A webhook delivery as Stripe sends it: body + Stripe-Signature over those exact bytes. */
export function signedEvent(
  type: string,
  object: Obj,
  secret: string,
  eventId = id('evt'),
): { body: string; signature: string; id: string } {
  const body = JSON.stringify({
    id: eventId,
    object: 'event',
    type,
    api_version: Stripe.API_VERSION,
    created: now(),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object },
  });
  return { body, signature: Stripe.webhooks.generateTestHeaderString({ payload: body, secret }), id: eventId };
}

export async function deliver(appUrl: string, event: { body: string; signature: string }): Promise<Response> {
  return fetch(`${appUrl}/webhooks/stripe`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': event.signature },
    body: event.body,
  });
}
