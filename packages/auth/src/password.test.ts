import { beforeAll, describe, expect, it } from 'vitest';
import { checkPasswordPolicy, hashPassword, verifyAgainstDummy, verifyPassword } from './password';

describe('password hashing', () => {
  let hash: string;
  beforeAll(async () => {
    hash = await hashPassword('correct horse battery staple');
  });

  it('uses argon2id with the explicit parameters', () => {
    expect(hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
  });

  it('verifies the right password and refuses a wrong one', async () => {
    expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
    expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
  });

  it('treats a malformed hash as a mismatch', async () => {
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });

  it('always fails against the dummy hash', async () => {
    expect(await verifyAgainstDummy('correct horse battery staple')).toBe(false);
  });
});

describe('password policy', () => {
  it('requires 8 to 128 characters, counted in code points', () => {
    expect(checkPasswordPolicy('a1b2c3d')).toEqual({ ok: false, reason: 'too_short' });
    // Four astral characters are eight UTF-16 units but four characters.
    expect(checkPasswordPolicy('𠮷𠮷𠮷𠮷')).toEqual({ ok: false, reason: 'too_short' });
    expect(checkPasswordPolicy('𠮷野家の牛丼並盛')).toEqual({ ok: true });
    expect(checkPasswordPolicy('x'.repeat(128))).toEqual({ ok: true });
    expect(checkPasswordPolicy('x'.repeat(129))).toEqual({ ok: false, reason: 'too_long' });
  });

  it('refuses common passwords whatever their case', () => {
    expect(checkPasswordPolicy('password')).toEqual({ ok: false, reason: 'common' });
    expect(checkPasswordPolicy('PassWord')).toEqual({ ok: false, reason: 'common' });
    expect(checkPasswordPolicy('12345678')).toEqual({ ok: false, reason: 'common' });
    expect(checkPasswordPolicy('電子カルテの責任分界 2025')).toEqual({ ok: true });
  });
});
