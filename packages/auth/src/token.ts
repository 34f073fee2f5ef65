import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A bearer secret: 20 random bytes (160 bits), base32 so it survives URLs and cookies. */
export function generateToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

/**
 * SHA-256 (hex) of a token: only this is stored, so a leaked table cannot be replayed. A plain
 * hash suffices because the token already has 160 bits of entropy.
 */
export function hashToken(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}
