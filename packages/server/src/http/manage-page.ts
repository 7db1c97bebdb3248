import express, { type Express, type Response } from 'express';
import {
  cancelManagedBooking,
  loadManagedBooking,
  rescheduleManagedBooking,
  rescheduleOptions,
} from '../domain/bookings/managed.ts';
import { startPayLater } from '../domain/bookings/pay-later.ts';
import { AppError } from '../errors.ts';
import type { AppServices } from '../services.ts';
import { escapeHtml as e } from './page-security.ts';

/**
 * `/manage/<token>`: a page hosting `<booking-widget manage-token>` (the widget's
 * manage mode: the booking, cancel and reschedule within policy on the activity's
 * calendar). Inside the element, as its no-JS fallback, the same actions as plain
 * HTML forms, and the pay link of an UNPAID booking (`/pay/<token>`). The token in the
 * path is the only credential; the GraphQL `managedBooking` fields do the same.
 */
export function registerManagePage(app: Express, services: AppServices): void {
  const manage = () => ({
    db: services.db,
    now: () => services.now(),
    publicUrl: services.payments.publicUrl(),
    deliver: (ids: readonly string[]) => services.outbox.deliver(ids),
  });

  app.get('/manage/:token', async (req, res) => {
    try {
      const view = await loadManagedBooking(services.db, req.params.token, services.now());
      const { booking, policy, venue } = view;
      const fmt = new Intl.DateTimeFormat(booking.locale, {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: venue.timezone,
      });
      const money = (c: number) =>
        new Intl.NumberFormat(booking.locale, { style: 'currency', currency: booking.currency }).format(c / 100);
      const action = `/manage/${encodeURIComponent(req.params.token)}`;
      const due = booking.payment === 'unpaid' && booking.status === 'confirmed';
      const options = policy.canReschedule ? await rescheduleOptions(services.db, view, services.now()) : [];
      const body = [
        `<p><strong>${e(view.activityName)}</strong> · ${e(venue.name)}</p>`,
        `<p>${e(fmt.format(view.session.startsAt))} (${e(venue.timezone)})</p>`,
        `<p>Booking ${e(booking.bookingNumber)} · ${booking.partySize} · ${e(money(booking.totalCents))} · `,
        `<span id="status">${e(booking.status)}</span></p>`,
        req.query.paid === '1' && due ? '<p role="status">Thank you: your payment is being confirmed.</p>' : '',
        due
          ? `<p>Amount due: ${e(money(booking.totalCents))} · <a href="/pay/${encodeURIComponent(req.params.token)}">` +
            'Pay now</a></p>'
          : '',
        policy.canReschedule && options.length
          ? `<form method="post" action="${action}/reschedule">` +
            '<label for="s">Move to</label> <select id="s" name="sessionId">' +
            options.map((o) => `<option value="${o.id}">${e(fmt.format(o.startsAt))}</option>`).join('') +
            '</select> <button type="submit">Reschedule</button></form>'
          : '',
        policy.canCancel
          ? `<form method="post" action="${action}/cancel"><p>Cancelling now refunds ` +
            `${e(money(policy.refundCentsIfCancelled))}.</p><button type="submit">Cancel booking</button></form>`
          : '<p>This booking can no longer be changed online; please contact the venue.</p>',
      ].join('\n');
      // The widget's manage mode takes over where scripts run; its light-DOM children (these forms) show
      // only where the element never upgrades: the no-JS fallback.
      const theme = venue.theme.mode === 'dark' || venue.theme.mode === 'light' ? ` theme="${venue.theme.mode}"` : '';
      const widget =
        `<booking-widget manage-token="${e(req.params.token)}" locale="${e(booking.locale)}"${theme}>\n` +
        `${body}\n</booking-widget>`;
      page(res, 200, `Your booking ${booking.bookingNumber}`, widget, { script: true });
    } catch (err) {
      failure(res, err);
    }
  });

  // The pay link of an UNPAID booking: a fresh Checkout on every visit (never a stale, expired one).
  app.get('/pay/:token', async (req, res) => {
    try {
      const start = await startPayLater(services, req.params.token, services.payments.publicUrl());
      res.setHeader('Cache-Control', 'no-store').setHeader('Referrer-Policy', 'no-referrer');
      res.redirect(303, start.kind === 'checkout' ? start.url : `/manage/${encodeURIComponent(req.params.token)}`);
    } catch (err) {
      failure(res, err);
    }
  });

  app.post('/manage/:token/cancel', async (req, res) => {
    try {
      await cancelManagedBooking(manage(), req.params.token);
      res.redirect(303, `/manage/${encodeURIComponent(req.params.token)}`);
    } catch (err) {
      failure(res, err);
    }
  });

  app.post('/manage/:token/reschedule', express.urlencoded({ extended: false, limit: '2kb' }), async (req, res) => {
    try {
      const raw = (req.body as Record<string, unknown> | undefined)?.sessionId;
      const sessionId = typeof raw === 'string' ? raw : '';
      await rescheduleManagedBooking(manage(), req.params.token, sessionId);
      res.redirect(303, `/manage/${encodeURIComponent(req.params.token)}`);
    } catch (err) {
      failure(res, err);
    }
  });
}

function failure(res: Response, err: unknown): void {
  if (err instanceof AppError)
    return page(res, err.code === 'NOT_FOUND' ? 404 : 400, 'Booking', `<p>${e(err.message)}</p>`);
  page(res, 500, 'Booking', '<p>Something went wrong; please try again.</p>');
}

const WIDGET_SCRIPT = '\n<script type="module" src="/widget.js"></script>';

/**
 * With `script`, the page loads /widget.js (same origin only) and may call /graphql; without, it runs no
 * script at all. `same-origin` referrers: the widget's POSTs carry their Origin (no-referrer would send
 * `Origin: null`), and no other site ever sees the token in a Referer.
 */
function page(res: Response, status: number, title: string, body: string, options: { script?: boolean } = {}): void {
  const script = options.script ? "script-src 'self'; connect-src 'self'; img-src 'self' data:; " : '';
  res
    .status(status)
    .setHeader('Content-Type', 'text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', options.script ? 'same-origin' : 'no-referrer')
    .setHeader(
      'Content-Security-Policy',
      `default-src 'none'; ${script}style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; ` +
        "frame-ancestors 'none'",
    ).send(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<link rel="icon" href="data:,"><title>${e(title)} · Slotkit</title>${options.script ? WIDGET_SCRIPT : ''}
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:560px;margin:2rem auto;padding:0 1rem;color:#18181b}
button{background:#4338ca;color:#fff;border:0;border-radius:6px;padding:.5rem 1rem;font:inherit}
form{margin:1rem 0}
@media (prefers-color-scheme:dark){body{background:#17171a;color:#f4f4f5}a{color:#a5b4fc}}</style>
</head><body><h1>${e(title)}</h1>
${body}
</body></html>`);
}
