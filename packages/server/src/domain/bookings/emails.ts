import type { Booking } from '../../db/schema/index.ts';
import { emailMoney, escapeHtml } from '../../outbox/email-format.ts';
import type { EmailMessage } from '../../outbox/mailer.ts';
import { emailText, fillText } from './email-text.ts';
import { icsFile } from './ics.ts';
import type { ReservationContext } from './reservation-context.ts';

const money = emailMoney;

function when(ctx: ReservationContext, locale: string): string {
  const f = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone: ctx.venue.timezone });
  return `${f.format(ctx.session.startsAt)} (${ctx.venue.timezone})`;
}

/** The venue's theme colour (6 hex digits), else the product's indigo. */
const accentOf = (ctx: ReservationContext) =>
  /^[0-9a-f]{6}$/i.test(ctx.venue.theme.accentColor ?? '') ? `#${ctx.venue.theme.accentColor}` : '#4338ca';

const where = (ctx: ReservationContext) => [ctx.venue.name, ctx.venue.address].filter(Boolean).join(', ');

/** Which message the booking card carries: the first confirmation, a move to a new time, or the reminder. */
export type BookingCardKind = 'confirmed' | 'rescheduled' | 'reminder' | 'paid';

export interface BookingCardOptions {
  readonly kind?: BookingCardKind;
  /** `<PUBLIC_URL>/manage/<token>`: shown as a link in both parts. */
  readonly manageUrl?: string;
  /** `<PUBLIC_URL>/pay/<token>` of an UNPAID booking: the total shows as due, with this link to pay it. */
  readonly payUrl?: string;
}

const SUBJECTS: Record<BookingCardKind, (t: ReturnType<typeof emailText>) => string> = {
  confirmed: (t) => t.confirmedSubject,
  rescheduled: (t) => t.rescheduledSubject,
  reminder: (t) => t.reminderSubject,
  paid: (t) => t.paidSubject,
};
const LEADS: Record<BookingCardKind, (t: ReturnType<typeof emailText>) => string> = {
  confirmed: (t) => t.confirmed,
  rescheduled: (t) => t.rescheduled,
  reminder: (t) => t.reminder,
  paid: (t) => t.paid,
};

/**
 * The booking card the customer keeps (number, what, when, where, paid): HTML + text + .ics, in
 * their language — as the confirmation, after a reschedule (the .ics keeps its UID, so calendars
 * move the event), as the reminder, or as the receipt once a pay-later booking is paid. An UNPAID
 * booking's card says "Amount due" and carries the pay link instead of "Total paid".
 */
export function confirmationEmail(
  to: string,
  name: string,
  booking: Booking,
  ctx: ReservationContext,
  options: BookingCardOptions = {},
): EmailMessage {
  const locale = booking.locale;
  const t = emailText(locale);
  const kind = options.kind ?? 'confirmed';
  const vars = { number: booking.bookingNumber, activity: ctx.activity.name, name, when: when(ctx, locale) };
  const subject = fillText(SUBJECTS[kind](t), vars);
  const lead = fillText(LEADS[kind](t), vars);
  const lines = booking.lineItems.map((l) => ({
    label: `${l.quantity} × ${l.name}`,
    amount: money(l.totalCents, booking.currency, locale),
  }));
  // The promo code's discount as a line of its own, so the lines add up to the total paid.
  if (booking.discountCents > 0)
    lines.push({ label: t.discount, amount: `−${money(booking.discountCents, booking.currency, locale)}` });
  const total = money(booking.totalCents, booking.currency, locale);
  // Nothing is paid yet: say what is due and how to pay it, never "Total paid".
  const due = booking.payment === 'unpaid';
  const totalLabel = due ? t.amountDue : t.total;
  const payLine = options.payUrl ? fillText(t.payLead, { amount: total }) : '';
  const text = [
    fillText(t.hello, vars),
    '',
    lead,
    '',
    `${ctx.activity.name}`,
    `${t.when}: ${when(ctx, locale)}`,
    `${t.where}: ${where(ctx)}`,
    '',
    ...lines.map((l) => `  ${l.label}  ${l.amount}`),
    `  ${totalLabel}: ${total}`,
    '',
    ...(options.payUrl ? [`${payLine} ${options.payUrl}`, ''] : []),
    t.quote,
    ...(options.manageUrl ? ['', `${t.manage}: ${options.manageUrl}`] : []),
  ].join('\n');
  const accent = accentOf(ctx);
  const e = escapeHtml;
  // Inline styles only: mail clients drop <style> blocks and external sheets.
  const S = {
    body: "margin:0;background:#f4f4f5;font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#18181b",
    card: 'background:#fff;border-radius:12px;overflow:hidden;border:1px solid #e4e4e7',
    cell: 'padding:4px 0',
    sum: 'padding:8px 0;font-weight:700;border-top:1px solid #e4e4e7',
  };
  const row = (label: string, value: string, style = S.cell) =>
    `<tr><td style="${style}">${e(label)}</td><td style="${style};text-align:right">${e(value)}</td></tr>`;
  const html = [
    `<!doctype html><html lang="${e(locale)}"><body style="${S.body}">`,
    '<div style="max-width:560px;margin:0 auto;padding:24px">',
    `<div style="${S.card}">`,
    `<div style="background:${accent};color:#fff;padding:20px 24px">`,
    `<div style="font-size:14px;opacity:.9">${e(ctx.venue.name)}</div>`,
    `<div style="font-size:22px;font-weight:700">${e(subject)}</div></div>`,
    '<div style="padding:24px">',
    `<p style="margin:0 0 12px">${e(fillText(t.hello, vars))} ${e(lead)}</p>`,
    `<p style="margin:0 0 4px;font-weight:600">${e(ctx.activity.name)}</p>`,
    `<p style="margin:0 0 4px">${e(t.when)}: ${e(when(ctx, locale))}</p>`,
    `<p style="margin:0 0 16px">${e(t.where)}: ${e(where(ctx))}</p>`,
    '<table style="width:100%;border-collapse:collapse;border-top:1px solid #e4e4e7">',
    ...lines.map((l) => row(l.label, l.amount)),
    row(totalLabel, total, S.sum),
    '</table>',
    ...(options.payUrl
      ? [
          `<p style="margin:16px 0 8px">${e(payLine)}</p>`,
          `<p style="margin:0"><a href="${e(options.payUrl)}" style="display:inline-block;background:${accent};` +
            `color:#fff;text-decoration:none;font-weight:600;padding:10px 18px;border-radius:8px">` +
            `${e(fillText(t.payNow, { amount: total }))}</a></p>`,
        ]
      : []),
    `<p style="margin:16px 0 0;color:#4b5563;font-size:14px">${e(t.quote)}</p>`,
    ...(options.manageUrl
      ? [`<p style="margin:16px 0 0"><a href="${e(options.manageUrl)}" style="color:${accent}">${e(t.manage)}</a></p>`]
      : []),
    '</div></div></div></body></html>',
  ].join('\n');
  const ics = icsFile({
    uid: `${booking.id}@slotkit`,
    start: ctx.session.startsAt,
    end: ctx.session.endsAt,
    title: `${ctx.activity.name} (${booking.bookingNumber})`,
    description: `${ctx.venue.name} · ${booking.bookingNumber}`,
    location: where(ctx),
    stamp: booking.createdAt,
  });
  return {
    to,
    subject,
    text,
    html,
    attachments: [
      { filename: `booking-${booking.bookingNumber}.ics`, contentType: 'text/calendar; charset=utf-8', content: ics },
    ],
  };
}

/** Payment arrived after the slot was given away: the money goes back. */
export function refundedEmail(to: string, name: string, booking: Booking, ctx: ReservationContext): EmailMessage {
  const t = emailText(booking.locale);
  const vars = {
    name,
    activity: ctx.activity.name,
    when: when(ctx, booking.locale),
    amount: money(booking.totalCents, booking.currency, booking.locale),
    number: booking.bookingNumber,
  };
  const subject = fillText(t.refundedSubject, vars);
  const lines = [fillText(t.hello, vars), fillText(t.refunded, vars)];
  return {
    to,
    subject,
    text: [lines[0], '', lines[1]].join('\n'),
    html: noticeHtml(booking.locale, ctx, subject, lines),
  };
}

/**
 * A short notice (cancellation, refund) in the booking card's frame: venue and title on the venue's
 * colour, the greeting and sentence as one paragraph, then the rest. Inline styles only.
 */
function noticeHtml(locale: string, ctx: ReservationContext, title: string, lines: readonly string[]): string {
  const e = escapeHtml;
  const [hello = '', lead = '', ...rest] = lines;
  return [
    `<!doctype html><html lang="${e(locale)}"><body style="margin:0;background:#f4f4f5;` +
      `font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#18181b">`,
    '<div style="max-width:560px;margin:0 auto;padding:24px">',
    '<div style="background:#fff;border-radius:12px;overflow:hidden;border:1px solid #e4e4e7">',
    `<div style="background:${accentOf(ctx)};color:#fff;padding:20px 24px">`,
    `<div style="font-size:14px;opacity:.9">${e(ctx.venue.name)}</div>`,
    `<div style="font-size:22px;font-weight:700">${e(title)}</div></div>`,
    '<div style="padding:24px">',
    `<p style="margin:0 0 12px">${e(hello)} ${e(lead)}</p>`,
    ...rest.map((l) => `<p style="margin:0 0 12px">${e(l)}</p>`),
    '</div></div></div></body></html>',
  ].join('\n');
}

/** The booking is cancelled (by the venue or the customer), with what comes back: HTML + text. */
export function cancelledEmail(
  to: string,
  name: string,
  booking: Booking,
  ctx: ReservationContext,
  refundCents: number,
): EmailMessage {
  const t = emailText(booking.locale);
  const vars = {
    name,
    activity: ctx.activity.name,
    when: when(ctx, booking.locale),
    amount: money(refundCents, booking.currency, booking.locale),
    number: booking.bookingNumber,
  };
  const lines = [
    fillText(t.hello, vars),
    fillText(t.cancelled, vars),
    refundCents > 0 ? fillText(t.refundNote, vars) : t.noRefundNote,
  ];
  const html = noticeHtml(booking.locale, ctx, fillText(t.cancelledSubject, vars), lines);
  return { to, subject: fillText(t.cancelledSubject, vars), text: [lines[0], '', ...lines.slice(1)].join('\n'), html };
}
