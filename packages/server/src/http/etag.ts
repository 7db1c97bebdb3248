import { createHash } from 'node:crypto';

/** A strong ETag over exact bytes (SHA-256, 27 base64url characters: 162 bits). */
export function strongEtag(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}
