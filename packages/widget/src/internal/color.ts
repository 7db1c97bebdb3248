const HEX = /^[0-9a-f]{6}$/i;

/** `#rrggbb` for a valid 6-digit hex without '#', else undefined. */
export const hexColor = (v?: string | null): string | undefined =>
  v && HEX.test(v.replace('#', '')) ? `#${v.replace('#', '')}` : undefined;

const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of `#rrggbb`. */
export function luminance(hex: string): number {
  const n = parseInt(hex.slice(1), 16);
  return 0.2126 * channel(n >> 16) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** Black or white, whichever reads better on `hex` (contrast ratio per WCAG 2.x). */
export function readableOn(hex: string): '#000000' | '#ffffff' {
  const l = luminance(hex);
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}
