import { hash, verify, type Algorithm, type Options } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// The typings declare `Algorithm` as an ambient const enum, which verbatimModuleSyntax cannot
// read at runtime; the literal is checked against the enum member's type instead.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- see above
const ARGON2ID: Algorithm.Argon2id = 2;

// OWASP's argon2id minimum; spelt out so a library default change cannot weaken it.
const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
  outputLen: 32,
};

// A hash of a random throwaway password with the same parameters, so verifying against it costs
// as much as verifying a real user's hash.
const DUMMY_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$zyChL8JeNUU8SDsK+KGbZg$flxN0WrpTq/zYPdZiOoMEx3IpJPfN3qdDusoe7wz15g';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordPolicyResult =
  { ok: true } | { ok: false; reason: 'too_short' | 'too_long' | 'common' };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** False for a wrong password and for a malformed hash alike. */
export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spends the time of one verification and fails: used when no account matches the e-mail. */
export async function verifyAgainstDummy(password: string): Promise<false> {
  await verifyPassword(DUMMY_HASH, password);
  return false;
}

let commonPasswords: Set<string> | undefined;

function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary['passwords-common']);
  return commonPasswords.has(password.toLowerCase());
}

export function checkPasswordPolicy(password: string): PasswordPolicyResult {
  // Code points, not UTF-16 units: an emoji or a rare kanji counts as one character.
  const length = Array.from(password).length;
  if (length < PASSWORD_MIN_LENGTH) return { ok: false, reason: 'too_short' };
  if (length > PASSWORD_MAX_LENGTH) return { ok: false, reason: 'too_long' };
  if (isCommonPassword(password)) return { ok: false, reason: 'common' };
  return { ok: true };
}
