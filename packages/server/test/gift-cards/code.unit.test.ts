import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import {
  CODE_ALPHABET,
  CODE_SYMBOLS,
  codeLast4,
  giftCardCodeHash,
  newGiftCardCode,
  normalizeGiftCardCode,
} from '../../src/domain/gift-cards/code.ts';
import { giftCardShare, MIN_CHARGE_CENTS } from '../../src/domain/reservations/gift-card-hold.ts';

describe('gift card codes', () => {
  it('should carry at least 80 random bits in a human-friendly XXXX-XXXX-XXXX-XXXX form', () => {
    assert.equal(CODE_ALPHABET.length, 32);
    assert.ok(CODE_SYMBOLS * Math.log2(CODE_ALPHABET.length) >= 80);
    for (const lookAlike of ['0', 'O', '1', 'I']) assert.ok(!CODE_ALPHABET.includes(lookAlike));
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = newGiftCardCode();
      assert.match(code, /^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$/);
      codes.add(code);
    }
    assert.equal(codes.size, 2000);
  });

  it('should use every symbol about evenly (no modulo bias)', () => {
    const counts = new Map<string, number>();
    const n = 4000;
    for (let i = 0; i < n; i++)
      for (const c of newGiftCardCode().replaceAll('-', '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    const expected = (n * CODE_SYMBOLS) / CODE_ALPHABET.length;
    assert.equal(counts.size, CODE_ALPHABET.length);
    for (const count of counts.values()) assert.ok(Math.abs(count - expected) < expected * 0.15, String(count));
  });

  it('should accept what people type (case, spaces, dashes) and refuse what cannot be a code', () => {
    const code = newGiftCardCode();
    const plain = code.replaceAll('-', '');
    assert.equal(normalizeGiftCardCode(code), plain);
    assert.equal(normalizeGiftCardCode(` ${code.toLowerCase().replaceAll('-', ' ')} `), plain);
    assert.equal(normalizeGiftCardCode(plain.slice(1)), undefined);
    assert.equal(normalizeGiftCardCode(`0${plain.slice(1)}`), undefined);
    assert.equal(normalizeGiftCardCode("' OR 1=1 --"), undefined);
    assert.equal(giftCardCodeHash(plain), giftCardCodeHash(normalizeGiftCardCode(code.toLowerCase())!));
    assert.match(giftCardCodeHash(plain), /^[0-9a-f]{64}$/);
    assert.equal(codeLast4(plain), plain.slice(-4));
  });
});

describe('what a gift card pays of a hold', () => {
  it('should pay all when it holds enough, else all it has while the rest stays chargeable', () => {
    assert.equal(giftCardShare(10_000, 6_000), 6_000);
    assert.equal(giftCardShare(6_000, 6_000), 6_000);
    assert.equal(giftCardShare(2_500, 6_000), 2_500);
    // 30 cents would be left: Stripe cannot charge that, so the card pays 50 cents less.
    assert.equal(giftCardShare(5_970, 6_000), 6_000 - MIN_CHARGE_CENTS);
    assert.equal(giftCardShare(0, 6_000), 0);
    assert.equal(giftCardShare(40, 60), 10);
  });
});
