/** Longest address SMTP carries (RFC 5321 path limit). */
export const MAX_EMAIL_LENGTH = 254;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The one email check of the server and the widget: something@domain.tld, no
 * spaces, at most 254 characters. Deliverability is the mail server's call.
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && EMAIL_SHAPE.test(value);
}
