import express, { type Express, type Request, type Response } from 'express';
import { confirmCheckout } from '../domain/bookings/confirm-checkout.ts';
import { waitlistDeps } from '../domain/waitlist/deps.ts';
import { leaveWaitlist } from '../domain/waitlist/join.ts';
import { releaseOffer } from '../domain/waitlist/leave.ts';
import { acceptOffer, loadOffer } from '../domain/waitlist/offer-claim.ts';
import { AppError } from '../errors.ts';
import { SESSION_QUERY_PARAM } from '../payments/checkout-urls.ts';
import type { AppServices } from '../services.ts';
import { escapeHtml as e } from './page-security.ts';

/**
 * The waitlist's emailed links, as script-free pages like `/manage/<token>`:
 * `/waitlist/offer/<token>` shows the held offer and a contact form that starts Checkout for that hold
 * (its success page confirms the booking); `/waitlist/leave/<token>` takes the party off the list.
 * The token in the path is the only credential.
 */
export function registerWaitlistPages(app: Express, services: AppServices): void {
  const form = express.urlencoded({ extended: false, limit: '4kb' });

  app.get('/waitlist/offer/:token', async (req, res) => {
    try {
      const offer = await loadOffer(services.db, req.params.token, services.now());
      const { ctx, reservation } = offer;
      const locale = offer.entry.locale;
      const fmt = (d: Date, o: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(locale, { ...o, timeZone: ctx.venue.timezone }).format(d);
      const money = new Intl.NumberFormat(locale, { style: 'currency', currency: reservation.currency }).format(
        reservation.totalCents / 100,
      );
      const head = [
        `<p><strong>${e(ctx.activity.name)}</strong> · ${e(ctx.venue.name)}</p>`,
        `<p>${e(fmt(ctx.session.startsAt, { dateStyle: 'full', timeStyle: 'short' }))} (${e(ctx.venue.timezone)})</p>`,
        `<p>${reservation.partySize} × ${e(reservation.tickets[0]?.name ?? '')} · ${e(money)}</p>`,
      ];
      if (reservation.status === 'confirmed')
        return page(res, 200, 'Your seats are booked', [...head, '<p id="status">Booked. Check your email.</p>']);
      if (!offer.live)
        return page(res, 410, 'This offer has ended', [
          ...head,
          '<p id="status">The seats went to the next party on the waitlist.</p>',
        ]);
      const action = `/waitlist/offer/${encodeURIComponent(req.params.token)}`;
      const body = [
        ...head,
        `<p id="status">Held for you until ${e(fmt(reservation.expiresAt, { timeStyle: 'short' }))}.</p>`,
        `<form method="post" action="${action}">`,
        `<p><label for="n">Name</label><br><input id="n" name="name" required autocomplete="name"></p>`,
        `<p><label for="m">Email</label><br><input id="m" name="email" type="email" required autocomplete="email"` +
          ` value="${e(offer.entry.email)}"></p>`,
        `<p><label for="p">Phone (optional)</label><br><input id="p" name="phone" type="tel" autocomplete="tel"></p>`,
        offer.requiresWaiver
          ? '<p><label><input type="checkbox" name="waiver" value="1" required> I accept the waiver</label></p>'
          : '',
        offer.minAge
          ? '<p><label><input type="checkbox" name="minAge" value="1" required> ' +
            `Everyone is at least ${offer.minAge}</label></p>`
          : '',
        `<button type="submit">Pay ${e(money)}</button></form>`,
        `<form method="post" action="${action}/decline">` +
          '<button type="submit" class="quiet">I no longer need these seats</button></form>',
      ];
      page(res, 200, 'Seats are held for you', body);
    } catch (err) {
      failure(res, err);
    }
  });

  app.post('/waitlist/offer/:token', form, async (req, res) => {
    try {
      const body = (req.body ?? {}) as Record<string, unknown>;
      const text = (k: string) => (typeof body[k] === 'string' ? body[k] : '');
      const checkout = await acceptOffer(services, req.params.token, {
        name: text('name'),
        email: text('email'),
        phone: text('phone') || null,
        waiverAccepted: text('waiver') === '1',
        minAgeAccepted: text('minAge') === '1',
      });
      res.redirect(303, checkout.url);
    } catch (err) {
      failure(res, err);
    }
  });

  app.get('/waitlist/offer/:token/done', async (req, res) => {
    try {
      const sessionId = req.query[SESSION_QUERY_PARAM];
      if (typeof sessionId !== 'string') return page(res, 400, 'Booking', ['<p>The payment reference is missing.</p>']);
      const booking = await confirmCheckout(services, sessionId);
      page(res, 200, `Booking ${booking.bookingNumber}`, [
        `<p id="status">Your booking ${e(booking.bookingNumber)} is ${e(booking.status)}. ` +
          'A confirmation is on its way by email.</p>',
      ]);
    } catch (err) {
      failure(res, err);
    }
  });

  app.post('/waitlist/offer/:token/decline', async (req, res) => {
    await endByOfferToken(req, res, services);
  });

  app.get('/waitlist/leave/:token', (req, res) => {
    const action = `/waitlist/leave/${encodeURIComponent(req.params.token)}`;
    page(res, 200, 'Leave the waitlist', [
      `<form method="post" action="${action}"><p>Your seats request will be removed and no offer will be sent.</p>`,
      '<button type="submit">Leave the waitlist</button></form>',
    ]);
  });

  app.post('/waitlist/leave/:token', async (req, res) => {
    try {
      await leaveWaitlist(waitlistDeps(services), req.params.token);
      page(res, 200, 'You left the waitlist', ['<p id="status">You will not receive offers for this session.</p>']);
    } catch (err) {
      failure(res, err);
    }
  });
}

async function endByOfferToken(req: Request, res: Response, services: AppServices): Promise<void> {
  try {
    const token = req.params.token as string;
    const offer = await loadOffer(services.db, token, services.now());
    await releaseOffer(waitlistDeps(services), offer.entry.id, 'LEFT');
    page(res, 200, 'Offer declined', ['<p id="status">The seats go to the next party. Thank you.</p>']);
  } catch (err) {
    failure(res, err);
  }
}

function failure(res: Response, err: unknown): void {
  if (err instanceof AppError)
    return page(res, err.code === 'NOT_FOUND' ? 404 : 400, 'Waitlist', [`<p>${e(err.message)}</p>`]);
  page(res, 500, 'Waitlist', ['<p>Something went wrong; please try again.</p>']);
}

function page(res: Response, status: number, title: string, body: readonly string[]): void {
  res
    .status(status)
    .setHeader('Content-Type', 'text/html; charset=utf-8')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('Referrer-Policy', 'no-referrer')
    // No form-action: the offer form's answer redirects to the payment page on another origin.
    .setHeader(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
    ).send(`<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">
<title>${e(title)} · Slotkit</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:560px;margin:2rem auto;padding:0 1rem;color:#18181b}
button{background:#4338ca;color:#fff;border:0;border-radius:6px;padding:.5rem 1rem;font:inherit}
button.quiet{background:none;color:#4338ca;text-decoration:underline;padding:0}
input{font:inherit;padding:.4rem;width:100%;max-width:320px}input[type=checkbox]{width:auto}
form{margin:1rem 0}@media (prefers-color-scheme:dark){body{background:#18181b;color:#f4f4f5}}</style>
</head><body><h1>${e(title)}</h1>
${body.join('\n')}
</body></html>`);
}
