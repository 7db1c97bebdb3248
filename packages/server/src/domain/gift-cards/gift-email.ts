import { emailMoney, escapeHtml } from '../../outbox/email-format.ts';
import type { EmailMessage } from '../../outbox/mailer.ts';

const money = (cents: number, currency: string) => emailMoney(cents, currency, 'en');

export interface GiftEmailInput {
  readonly to: string;
  readonly code: string;
  readonly amountCents: number;
  readonly currency: string;
  /** Whose gift card it is (the venue, or the organization for an admin-issued card). */
  readonly venueName: string;
  /** Who bought it, when a customer did. */
  readonly from?: string | null;
  /** Where the code is redeemed (the venue's booking page, or the public URL). */
  readonly bookUrl: string;
}

/**
 * The gift itself: the code, the amount and how to use it — a card meant to be printed (one bordered
 * block, print-friendly black on white, inline styles only as mail clients drop <style> blocks).
 */
export function giftCardEmail(input: GiftEmailInput): EmailMessage {
  const amount = money(input.amountCents, input.currency);
  const subject = `Your ${amount} gift card for ${input.venueName}`;
  const text = [
    `You have received a gift card for ${input.venueName}${input.from ? ` from ${input.from}` : ''}.`,
    '',
    `Amount: ${amount}`,
    `Code:   ${input.code}`,
    '',
    `Enter the code in the ticket step when you book: ${input.bookUrl}`,
    'What a booking does not use stays on the card for the next one.',
    'Keep this code safe: anyone who has it can spend the card.',
  ].join('\n');
  const e = escapeHtml;
  const S = {
    body: "margin:0;background:#fff;font:16px/1.5 system-ui,-apple-system,'Segoe UI',sans-serif;color:#111",
    card: 'max-width:560px;border:2px dashed #111;border-radius:12px',
    kicker: 'margin:0;font-size:14px;letter-spacing:.12em;text-transform:uppercase',
    amount: 'margin:16px 0;font-size:40px;font-weight:700',
    code: 'margin:4px 0 20px;font:700 24px/1.4 ui-monospace,Menlo,Consolas,monospace;letter-spacing:.08em',
  };
  const html = [
    `<!doctype html><html><body style="${S.body}">`,
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0">',
    '<tr><td align="center" style="padding:24px">',
    `<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="${S.card}">`,
    '<tr><td style="padding:28px 32px;text-align:center">',
    `<p style="${S.kicker}">Gift card</p>`,
    `<h1 style="margin:8px 0 4px;font-size:26px">${e(input.venueName)}</h1>`,
    input.from ? `<p style="margin:0 0 8px">A gift from ${e(input.from)}</p>` : '',
    `<p style="${S.amount}">${e(amount)}</p>`,
    '<p style="margin:0;font-size:13px">Your code</p>',
    `<p style="${S.code}">${e(input.code)}</p>`,
    '<p style="margin:0">Enter the code in the ticket step when you book at<br>',
    `<a href="${e(input.bookUrl)}" style="color:#111">${e(input.bookUrl)}</a></p>`,
    '<p style="margin:16px 0 0;font-size:13px">What a booking does not use stays on the card. ',
    'Keep this code safe: anyone who has it can spend the card.</p>',
    '</td></tr></table></td></tr></table></body></html>',
  ].join('\n');
  return { to: input.to, subject, text, html };
}

/** The buyer's receipt: what was bought and where it went — never the code (it is the recipient's). */
export function giftCardReceiptEmail(input: {
  readonly to: string;
  readonly recipientEmail: string;
  readonly amountCents: number;
  readonly currency: string;
  readonly venueName: string;
  readonly last4: string;
}): EmailMessage {
  const amount = money(input.amountCents, input.currency);
  const text = [
    `Thank you for your purchase.`,
    '',
    `A ${amount} gift card for ${input.venueName} (code ending ${input.last4}) was emailed to ${input.recipientEmail}.`,
  ].join('\n');
  return { to: input.to, subject: `Your gift card for ${input.venueName} was sent`, text };
}
