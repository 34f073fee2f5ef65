import { randomUUID } from 'node:crypto';
import { eq, schema } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, DEFAULT_SESSION_POLICY, validateSessionToken } from './session';
import { createUser, disableUser, EmailTakenError, findUserByEmail, getSafeUser } from './users';

const now = new Date('2025-04-01T09:00:00Z');
const uniqueEmail = () => `Nurse.${randomUUID()}@Example.JP`;

describe.each(testDatabaseModes())('users on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  it('stores the e-mail lower-cased and finds it in any case', async () => {
    const email = uniqueEmail();
    const user = await createUser(database.db, {
      email,
      displayName: '佐藤 花子',
      passwordHash: 'hash',
    });
    expect(user).toEqual({
      id: expect.any(String) as string,
      email: email.toLowerCase(),
      displayName: '佐藤 花子',
      locale: 'ja',
      isPlatformOperator: false,
      mfaEnabled: false,
    });
    const found = await findUserByEmail(database.db, email.toUpperCase());
    expect(found?.id).toBe(user.id);
    expect(await findUserByEmail(database.db, 'nobody@example.jp')).toBeNull();
    expect(await getSafeUser(database.db, user.id)).toEqual(user);
  });

  it('refuses a duplicate e-mail in another case without breaking the transaction', async () => {
    const email = uniqueEmail();
    await createUser(database.db, { email, displayName: 'A', passwordHash: 'hash', locale: 'en' });
    await database.db.transaction(async (tx) => {
      await expect(
        createUser(tx, { email: email.toUpperCase(), displayName: 'B', passwordHash: 'hash' }),
      ).rejects.toBeInstanceOf(EmailTakenError);
      // Still usable: the conflict did not abort the transaction.
      expect((await findUserByEmail(tx, email))?.displayName).toBe('A');
    });
  });

  it('disabling a user ends their sessions', async () => {
    const user = await createUser(database.db, {
      email: uniqueEmail(),
      displayName: 'C',
      passwordHash: 'hash',
    });
    const { token } = await createSession(
      database.db,
      {
        userId: user.id,
        activeOrganizationId: null,
        mfaVerified: false,
        ipAddress: null,
        userAgent: null,
      },
      DEFAULT_SESSION_POLICY,
      now,
    );
    await disableUser(database.db, user.id, now);
    const [row] = await database.db
      .select({ disabledAt: schema.appUser.disabledAt })
      .from(schema.appUser)
      .where(eq(schema.appUser.id, user.id));
    expect(row?.disabledAt).toEqual(now);
    expect(
      await database.db
        .select()
        .from(schema.userSession)
        .where(eq(schema.userSession.userId, user.id)),
    ).toEqual([]);
    expect(await validateSessionToken(database.db, token, DEFAULT_SESSION_POLICY, now)).toBeNull();
  });
});
