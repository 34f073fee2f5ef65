import { randomUUID } from 'node:crypto';
import { eq, schema } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { generateHOTP } from '@oslojs/otp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countUnusedRecoveryCodes, useRecoveryCode } from './recovery-codes';
import {
  confirmTotpEnrolment,
  createTotpKey,
  disableTotp,
  startTotpEnrolment,
  totpKeyUri,
  totpStep,
  verifyTotp,
  verifyUserTotp,
} from './totp';
import { createUser, getSafeUser } from './users';

// 15 s into a step, so ±1 step is unambiguous.
const now = new Date('2025-04-01T09:00:15Z');
const step = totpStep(now);
const codeAt = (key: Uint8Array, s: number) => generateHOTP(key, BigInt(s), 6);
const later = (steps: number) => new Date(now.getTime() + steps * 30_000);

describe('verifyTotp', () => {
  const key = createTotpKey();

  it('accepts the current step and one step either side', () => {
    for (const offset of [-1, 0, 1]) {
      expect(verifyTotp(key, codeAt(key, step + offset), null, now)).toEqual({
        ok: true,
        step: step + offset,
      });
    }
  });

  it('refuses codes two steps away', () => {
    expect(verifyTotp(key, codeAt(key, step - 2), null, now)).toEqual({ ok: false });
    expect(verifyTotp(key, codeAt(key, step + 2), null, now)).toEqual({ ok: false });
  });

  it('refuses a step at or before the last accepted one', () => {
    expect(verifyTotp(key, codeAt(key, step), step, now)).toEqual({ ok: false });
    expect(verifyTotp(key, codeAt(key, step - 1), step - 1, now)).toEqual({ ok: false });
    expect(verifyTotp(key, codeAt(key, step + 1), step, now)).toEqual({ ok: true, step: step + 1 });
  });

  it('tolerates spaces and refuses malformed codes', () => {
    const code = codeAt(key, step);
    expect(verifyTotp(key, `${code.slice(0, 3)} ${code.slice(3)}`, null, now).ok).toBe(true);
    expect(verifyTotp(key, code.slice(1), null, now).ok).toBe(false);
    expect(verifyTotp(key, `${code}0`, null, now).ok).toBe(false);
    expect(verifyTotp(key, 'abcdef', null, now).ok).toBe(false);
  });

  it('builds an otpauth URI for authenticator apps', () => {
    const uri = totpKeyUri({ key, accountName: 'nurse@example.jp' });
    expect(uri).toMatch(/^otpauth:\/\/totp\/Bunkai:nurse%40example\.jp\?/);
    const params = new URL(uri).searchParams;
    expect(params.get('issuer')).toBe('Bunkai');
    expect(params.get('period')).toBe('30');
    expect(params.get('digits')).toBe('6');
  });
});

describe.each(testDatabaseModes())('TOTP and recovery codes on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  async function enrolledUser() {
    const user = await createUser(database.db, {
      email: `admin.${randomUUID()}@example.jp`,
      displayName: '鈴木',
      passwordHash: 'hash',
    });
    const { key, uri } = await startTotpEnrolment(database.db, user.id, now);
    expect(uri).toContain(encodeURIComponent(user.email));
    const result = await confirmTotpEnrolment(database.db, user.id, codeAt(key, step), now);
    if (!result.ok) throw new Error('enrolment failed');
    return { user, key, recoveryCodes: result.recoveryCodes };
  }

  it('turns TOTP on only after a correct code, with ten recovery codes', async () => {
    const user = await createUser(database.db, {
      email: `admin.${randomUUID()}@example.jp`,
      displayName: '鈴木',
      passwordHash: 'hash',
    });
    expect(await confirmTotpEnrolment(database.db, user.id, '123456', now)).toEqual({ ok: false });
    await startTotpEnrolment(database.db, user.id, now);
    // Restarting replaces the key: only the newest one confirms.
    const { key } = await startTotpEnrolment(database.db, user.id, now);
    const wrong = codeAt(key, step) === '000000' ? '000001' : '000000';
    expect(await confirmTotpEnrolment(database.db, user.id, wrong, now)).toEqual({ ok: false });
    expect((await getSafeUser(database.db, user.id))?.mfaEnabled).toBe(false);

    const result = await confirmTotpEnrolment(database.db, user.id, codeAt(key, step), now);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.recoveryCodes).toHaveLength(10);
    expect(new Set(result.recoveryCodes).size).toBe(10);
    for (const code of result.recoveryCodes)
      expect(code).toMatch(/^[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}$/);
    expect((await getSafeUser(database.db, user.id))?.mfaEnabled).toBe(true);
    const [row] = await database.db
      .select()
      .from(schema.appUser)
      .where(eq(schema.appUser.id, user.id));
    expect(row?.totpKey).toEqual(key);
    expect(row?.totpEnabledAt).toEqual(now);
    expect(row?.totpLastStep).toBe(step);
    expect(
      await database.db
        .select()
        .from(schema.totpEnrolment)
        .where(eq(schema.totpEnrolment.userId, user.id)),
    ).toEqual([]);
    // Only hashes are stored.
    const stored = await database.db
      .select({ codeHash: schema.recoveryCode.codeHash })
      .from(schema.recoveryCode)
      .where(eq(schema.recoveryCode.userId, user.id));
    expect(stored).toHaveLength(10);
    for (const { codeHash } of stored) expect(codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts each code once at sign-in', async () => {
    const { user, key } = await enrolledUser();
    // The confirming code was already spent.
    expect(await verifyUserTotp(database.db, user.id, codeAt(key, step), now)).toBe(false);
    const next = codeAt(key, step + 1);
    expect(await verifyUserTotp(database.db, user.id, next, later(1))).toBe(true);
    expect(await verifyUserTotp(database.db, user.id, next, later(1))).toBe(false);
    expect(await verifyUserTotp(database.db, user.id, codeAt(key, step + 3), later(1))).toBe(false);
  });

  it('lets only one of two concurrent requests use a code', async () => {
    const { user, key } = await enrolledUser();
    const code = codeAt(key, step + 1);
    const results = await Promise.all([
      verifyUserTotp(database.db, user.id, code, later(1)),
      verifyUserTotp(database.db, user.id, code, later(1)),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
  });

  it('accepts each recovery code once, however it is typed', async () => {
    const { user, recoveryCodes } = await enrolledUser();
    const [first = '', second = ''] = recoveryCodes;
    expect(await useRecoveryCode(database.db, user.id, first, now)).toBe(true);
    expect(await useRecoveryCode(database.db, user.id, first, now)).toBe(false);
    const typed = ` ${second.replaceAll('-', '').toUpperCase()} `;
    expect(await useRecoveryCode(database.db, user.id, typed, now)).toBe(true);
    expect(await useRecoveryCode(database.db, user.id, 'zzzz-zzzz-zzzz', now)).toBe(false);
    expect(await countUnusedRecoveryCodes(database.db, user.id)).toBe(8);
    const other = await enrolledUser();
    expect(await useRecoveryCode(database.db, other.user.id, recoveryCodes[2] ?? '', now)).toBe(
      false,
    );
  });

  it('disabling TOTP removes the key and the recovery codes', async () => {
    const { user, key, recoveryCodes } = await enrolledUser();
    await disableTotp(database.db, user.id);
    expect((await getSafeUser(database.db, user.id))?.mfaEnabled).toBe(false);
    expect(await verifyUserTotp(database.db, user.id, codeAt(key, step + 1), later(1))).toBe(false);
    expect(await useRecoveryCode(database.db, user.id, recoveryCodes[0] ?? '', now)).toBe(false);
  });
});
