import type { Express, Response } from 'express';
import type { AppServices } from '../services.ts';
import { SESSION_PLACEHOLDER } from '../payments/checkout-urls.ts';
import type { CheckoutCreateParams } from '../payments/gateway.ts';
import { escapeHtml } from './page-security.ts';
import { receiveStripeWebhook } from './stripe-webhook.ts';
import { eq } from 'drizzle-orm';
import { isUuid } from '../db/ids.ts';
import { venues } from '../db/schema/index.ts';

/**
 * Keyless development only: a local stand-in for the Stripe Checkout page.
 * Pay marks the session paid and pushes a correctly signed
 * `checkout.session.completed` event through the webhook handler itself, so
 * development exercises the production completion path, then redirects to
 * success_url with the session id like Stripe does.
 */
export function registerTestCheckout(app: Express, services: AppServices): void {
  // With a real key there is no test page.
  const dev = services.payments.devGateway;
  if (!dev) return;
  const load = (id: string) => dev.find(id);

  app.get('/checkout/test/:id', async (req, res) => {
    const row = await load(req.params.id);
    if (!row) return page(res, 404, 'Checkout not found', '<p>This test checkout does not exist.</p>');
    const params = row.params as CheckoutCreateParams;
    if (row.status !== 'open')
      return page(res, 410, 'Checkout closed', `<p>This test checkout is ${escapeHtml(row.status)}.</p>`);
    const items = (params.line_items ?? [])
      .map(
        (i) =>
          `<tr><td>${escapeHtml(i.price_data?.product_data?.name ?? i.price ?? '')}</td><td>${i.quantity ?? 1}</td>` +
          `<td>${money(i.price_data?.unit_amount ?? 0, row.currency)}</td></tr>`,
      )
      .join('');
    const action = `/checkout/test/${encodeURIComponent(row.id)}`;
    const venueId = String(params.metadata?.venue_id ?? '');
    const [venue] = isUuid(venueId)
      ? await services.db.select({ name: venues.name, theme: venues.theme }).from(venues).where(eq(venues.id, venueId))
      : [];
    const total = money(row.amountTotal, row.currency);
    page(
      res,
      200,
      venue ? `Test checkout · ${venue.name}` : 'Test checkout',
      `<p class="note">Development mode: no STRIPE_SECRET_KEY is set, so no real payment is taken.</p>
       <table><thead><tr><th>Ticket</th><th>Qty</th><th>Each</th></tr></thead><tbody>${items}</tbody></table>
       <p class="total">Total ${total}</p>
       <p>${escapeHtml(params.customer_email ?? '')}</p>
       <form method="post" action="${action}/pay"><button type="submit">Pay ${total}</button></form>
       <form method="post" action="${action}/cancel"><button type="submit" class="secondary">Cancel</button></form>`,
      venue?.theme,
    );
  });

  app.post('/checkout/test/:id/pay', async (req, res) => {
    const row = await load(req.params.id);
    if (!row) return page(res, 404, 'Checkout not found', '<p>This test checkout does not exist.</p>');
    const session = await dev.markPaid(row.id);
    if (!session)
      return page(
        res,
        410,
        'Checkout closed',
        `<p>This test checkout is ${escapeHtml(row.status)} and can no longer be paid.</p>`,
      );
    const params = row.params as CheckoutCreateParams;
    const { payload, signature } = dev.signedCompletion(session, params);
    const result = await receiveStripeWebhook(services, payload, signature);
    if (result.status !== 200)
      return page(
        res,
        500,
        'Payment not recorded',
        '<p>The test payment could not be recorded; see the server log.</p>',
      );
    res.redirect(303, (params.success_url ?? '/').replaceAll(SESSION_PLACEHOLDER, encodeURIComponent(row.id)));
  });

  app.post('/checkout/test/:id/cancel', async (req, res) => {
    const row = await load(req.params.id);
    if (!row) return page(res, 404, 'Checkout not found', '<p>This test checkout does not exist.</p>');
    res.redirect(303, (row.params as CheckoutCreateParams).cancel_url ?? '/');
  });
}

const money = (cents: number, currency: string) =>
  escapeHtml(
    new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100),
  );

/** The venue's colour and mode, like the widget the customer came from (the stand-in looks the part). */
function themeCss(theme?: { mode?: string; accentColor?: string }): string {
  const accent = /^[0-9a-f]{6}$/i.test(theme?.accentColor ?? '') ? `#${theme!.accentColor}` : '#4338ca';
  const dark = [
    'body{background:#17171a;color:#f4f4f5}h1{color:#f4f4f5}td,th{border-color:#34343a}',
    'button.secondary{background:#2a2a2f;color:#f4f4f5}.note{background:#3a2f12;color:#fde68a}',
  ].join('');
  const mode = theme?.mode === 'dark' ? dark : `@media (prefers-color-scheme: dark){${dark}}`;
  return `button{background:${accent}}h1{color:${accent}}${mode}`;
}

function page(
  res: Response,
  status: number,
  title: string,
  body: string,
  theme?: { mode?: string; accentColor?: string },
): void {
  res
    .status(status)
    .setHeader('Content-Type', 'text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-store')
    .setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    ).send(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(title)} · Slotkit</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:.25rem 0;border-bottom:1px solid #e5e7eb}
.note{background:#fef3c7;padding:.5rem .75rem;border-radius:.375rem}.total{font-weight:600}
button{font:inherit;padding:.6rem 1.2rem;margin:.25rem 0;border:0;border-radius:.375rem;
background:#4f46e5;color:#fff;cursor:pointer;width:100%}
button.secondary{background:#e5e7eb;color:#111827}${themeCss(theme)}</style></head>
<body><h1>${escapeHtml(title)}</h1>${body}</body></html>`);
}
