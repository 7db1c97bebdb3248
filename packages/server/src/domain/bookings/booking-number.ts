import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L, 2/Z, 5/S, 8/B: a number read over the phone is typed back correctly. */
export const BOOKING_ALPHABET = '34679ACDEFGHJKMNPQRTUVWXY';
export const BOOKING_NUMBER_RE = new RegExp(`^SK-[${BOOKING_ALPHABET}]{6}$`);

/** `SK-` + 6 symbols: 25^6 ≈ 244 million numbers; a collision is retried by the caller. */
export function newBookingNumber(): string {
  let out = 'SK-';
  for (let i = 0; i < 6; i++) out += BOOKING_ALPHABET[randomInt(BOOKING_ALPHABET.length)];
  return out;
}
