import { createHash, randomBytes } from 'node:crypto';

/**
 * 32 symbols without the look-alikes I, O, 0 and 1: 5 bits each, so 16 symbols carry 80 random bits
 * (read aloud and typed as XXXX-XXXX-XXXX-XXXX). At 10 guesses a minute per address, finding one of a
 * million live cards takes about 10^11 years: enumeration is pointless.
 */
export const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CODE_SYMBOLS = 16;

/** A new code, grouped for people: `XXXX-XXXX-XXXX-XXXX`. */
export function newGiftCardCode(): string {
  const bytes = randomBytes(CODE_SYMBOLS);
  // 256 is a multiple of 32: `byte % 32` is uniform, no rejection needed.
  const symbols = [...bytes].map((b) => CODE_ALPHABET[b % CODE_ALPHABET.length]!).join('');
  return symbols.match(/.{4}/g)!.join('-');
}

/**
 * What a customer typed, as stored: upper case, without spaces or dashes; the look-alikes typed by
 * mistake (O for 0 is impossible: neither is used) are refused by the caller. undefined when it cannot
 * be a code at all, so no lookup is made for it.
 */
export function normalizeGiftCardCode(input: string): string | undefined {
  const code = input.toUpperCase().replace(/[\s-]/g, '');
  if (code.length !== CODE_SYMBOLS) return undefined;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return undefined;
  return code;
}

/** The only form a code is stored in (lookups go by it). */
export const giftCardCodeHash = (normalized: string): string => createHash('sha256').update(normalized).digest('hex');

/** What staff and the customer see of a stored card: `•••• ABCD`. */
export const codeLast4 = (normalized: string): string => normalized.slice(-4);
