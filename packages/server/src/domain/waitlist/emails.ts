import { emailMoney, escapeHtml } from '../../outbox/email-format.ts';
import type { EmailMessage } from '../../outbox/mailer.ts';
import { fillText } from '../bookings/email-text.ts';
import { waitlistText } from './email-text.ts';
import { OFFER_MINUTES } from './tokens.ts';

/** What both waitlist emails say about the session. */
export interface WaitlistEmailContext {
  readonly to: string;
  readonly locale: string;
  readonly partySize: number;
  readonly activityName: string;
  readonly venueName: string;
  readonly timezone: string;
  readonly startsAt: Date;
}

function common(ctx: WaitlistEmailContext) {
  const t = waitlistText(ctx.locale);
  const f = new Intl.DateTimeFormat(ctx.locale, { dateStyle: 'full', timeStyle: 'short', timeZone: ctx.timezone });
  const party = ctx.partySize === 1 ? t.partyOne : fillText(t.party, { n: String(ctx.partySize) });
  return { t, vars: { activity: ctx.activityName, when: `${f.format(ctx.startsAt)} (${ctx.timezone})`, party } };
}

function message(to: string, subject: string, lead: string, link: { label: string; url: string }): EmailMessage {
  const hello = lead.split('\n')[0]!;
  const body = lead.split('\n').slice(1).join('\n');
  return {
    to,
    subject,
    text: [hello, '', body, '', `${link.label}: ${link.url}`].join('\n'),
    html:
      `<p>${escapeHtml(hello)}</p><p>${escapeHtml(body)}</p>` +
      `<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`,
  };
}

/** "You are on the waitlist", with the link that takes the party off it. */
export function joinedEmail(ctx: WaitlistEmailContext, leaveUrl: string): EmailMessage {
  const { t, vars } = common(ctx);
  const lead = `${t.hello}\n${fillText(t.joined, { ...vars, minutes: String(OFFER_MINUTES) })}`;
  return message(ctx.to, fillText(t.joinedSubject, vars), lead, { label: t.leave, url: leaveUrl });
}

/** The offer: seats held until `expiresAt`, and the link that books them. */
export function offerEmail(
  ctx: WaitlistEmailContext,
  offer: { readonly url: string; readonly expiresAt: Date; readonly totalCents: number; readonly currency: string },
): EmailMessage {
  const { t, vars } = common(ctx);
  const until = new Intl.DateTimeFormat(ctx.locale, { timeStyle: 'short', timeZone: ctx.timezone }).format(
    offer.expiresAt,
  );
  const amount = emailMoney(offer.totalCents, offer.currency, ctx.locale);
  const lead = `${t.hello}\n${fillText(t.offer, { ...vars, until })}`;
  return message(ctx.to, fillText(t.offerSubject, vars), lead, { label: fillText(t.book, { amount }), url: offer.url });
}
