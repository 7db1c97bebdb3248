import { randomBytes } from 'node:crypto';

/**
 * Ids for one batch of new rows in the UUIDv7 layout: 48-bit milliseconds,
 * version 7, a 12-bit sequence, the variant, a random tail. Row i takes
 * `baseMs + ⌊i / 4096⌋` and sequence `i mod 4096`, so a batch's ids ascend and
 * the primary-key index grows at its right edge instead of taking a random
 * page per row. One rule for both insert paths (unnest and binary COPY).
 */
export class OrderedIds {
  private readonly random: Buffer;

  constructor(
    count: number,
    private readonly baseMs = Date.now(),
  ) {
    this.random = randomBytes(8 * count);
  }

  /** Writes id `i` as 16 bytes at `at`. */
  write(view: DataView, at: number, i: number): void {
    const ms = this.baseMs + (i >> 12);
    view.setUint32(at, Math.floor(ms / 0x10000));
    view.setUint16(at + 4, ms % 0x10000);
    view.setUint16(at + 6, 0x7000 | (i & 0xfff));
    view.setUint32(at + 8, ((this.random.readUInt32BE(i * 8) & 0x3fffffff) | 0x80000000) >>> 0);
    view.setUint32(at + 12, this.random.readUInt32BE(i * 8 + 4));
  }

  /** Ids `0 … count-1` as text. */
  static asText(count: number, baseMs?: number): string[] {
    const ids = new OrderedIds(count, baseMs);
    const bytes = Buffer.alloc(16);
    const view = new DataView(bytes.buffer, bytes.byteOffset, 16);
    return Array.from({ length: count }, (_, i) => {
      ids.write(view, 0, i);
      const hex = bytes.toString('hex');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    });
  }
}
