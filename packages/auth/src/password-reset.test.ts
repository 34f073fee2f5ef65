import { randomUUID } from 'node:crypto';
import { eq, schema } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD_RESET_LIFETIME_MS } from '@bunkai/model';
import { consumePasswordResetToken, createPasswordResetToken, setPassword } from './password-reset';
import { createSession, DEFAULT_SESSION_POLICY, listUserSessions } from './session';
import { createUser, findUserByEmail } from './users';

const t0 = new Date('2025-04-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);

describe.each(testDatabaseModes())('password reset on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  const newUser = () =>
    createUser(database.db, {
      email: `clerk.${randomUUID()}@example.jp`,
      displayName: '山田',
      passwordHash: 'old-hash',
    });

  it('names the user until 30 minutes have passed, then reports expiry', async () => {
    expect(PASSWORD_RESET_LIFETIME_MS).toBe(30 * 60 * 1000);
    const user = await newUser();
    const token = await createPasswordResetToken(database.db, user.id, t0);
    expect(await consumePasswordResetToken(database.db, token, at(30 * 60 * 1000 - 1))).toEqual({
      userId: user.id,
    });
    const late = await createPasswordResetToken(database.db, user.id, t0);
    expect(await consumePasswordResetToken(database.db, late, at(30 * 60 * 1000))).toEqual({
      error: 'expired',
    });
  });

  it('works once and stores only the hash', async () => {
    const user = await newUser();
    const token = await createPasswordResetToken(database.db, user.id, t0);
    const stored = await database.db
      .select({ tokenHash: schema.passwordReset.tokenHash })
      .from(schema.passwordReset)
      .where(eq(schema.passwordReset.userId, user.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toBe(token);
    expect(await consumePasswordResetToken(database.db, token, t0)).toEqual({ userId: user.id });
    expect(await consumePasswordResetToken(database.db, token, t0)).toEqual({ error: 'used' });
    expect(await consumePasswordResetToken(database.db, 'made-up', t0)).toEqual({
      error: 'invalid',
    });
  });

  it('a new link replaces the earlier unused one', async () => {
    const user = await newUser();
    const first = await createPasswordResetToken(database.db, user.id, t0);
    const second = await createPasswordResetToken(database.db, user.id, at(1000));
    expect(await consumePasswordResetToken(database.db, first, at(2000))).toEqual({
      error: 'invalid',
    });
    expect(await consumePasswordResetToken(database.db, second, at(2000))).toEqual({
      userId: user.id,
    });
  });

  it('setting the password signs out everywhere and voids other links', async () => {
    const user = await newUser();
    for (let i = 0; i < 2; i++) {
      await createSession(
        database.db,
        {
          userId: user.id,
          activeOrganizationId: null,
          mfaVerified: true,
          ipAddress: null,
          userAgent: null,
        },
        DEFAULT_SESSION_POLICY,
        t0,
      );
    }
    const pending = await createPasswordResetToken(database.db, user.id, t0);
    await setPassword(database.db, user.id, 'new-hash', at(5000));
    const found = await findUserByEmail(database.db, user.email);
    expect(found?.passwordHash).toBe('new-hash');
    expect(found?.passwordChangedAt).toEqual(at(5000));
    expect(await listUserSessions(database.db, user.id)).toEqual([]);
    expect(await consumePasswordResetToken(database.db, pending, at(6000))).toEqual({
      error: 'invalid',
    });
  });
});
