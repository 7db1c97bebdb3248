import type { Booking } from '../../db/schema/index.ts';
import { localTimeOf } from '@slotkit/core/schedule';
import type { EmailMessage } from '../../outbox/mailer.ts';
import type { ReservationContext } from './reservation-context.ts';

const money = (cents: number, currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(cents / 100);

function when(ctx: ReservationContext): string {
  return `${ctx.session.localDate} at ${localTimeOf(ctx.venue.timezone, ctx.session.startsAt)} (${ctx.venue.timezone})`;
}

/** The confirmation the customer keeps: booking number, what, when, where, paid. */
export function confirmationEmail(to: string, name: string, booking: Booking, ctx: ReservationContext): EmailMessage {
  const lines = booking.lineItems.map((l) => `  ${l.quantity} × ${l.name}  ${money(l.totalCents, booking.currency)}`);
  return {
    to,
    subject: `Booking ${booking.bookingNumber} confirmed: ${ctx.activity.name}`,
    text: [
      `Hello ${name},`,
      '',
      `your booking ${booking.bookingNumber} is confirmed.`,
      '',
      `${ctx.activity.name} at ${ctx.venue.name}`,
      when(ctx),
      ...lines,
      `  Total paid: ${money(booking.totalCents, booking.currency)}`,
      '',
      'Please quote your booking number when you arrive.',
    ].join('\n'),
  };
}

/** Payment arrived after the slot was given away: the money goes back. */
export function refundedEmail(to: string, name: string, booking: Booking, ctx: ReservationContext): EmailMessage {
  return {
    to,
    subject: `Payment refunded: ${ctx.activity.name} is no longer available`,
    text: [
      `Hello ${name},`,
      '',
      `your payment for ${ctx.activity.name} on ${when(ctx)} arrived after your hold had ended, and the slot`,
      `was taken in the meantime. We have refunded ${money(booking.totalCents, booking.currency)} in full (reference ${booking.bookingNumber}).`,
      'Please choose another time.',
    ].join('\n'),
  };
}
