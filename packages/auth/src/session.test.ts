import { randomUUID } from 'node:crypto';
import { eq, schema } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  blankSessionCookie,
  createSession,
  DEFAULT_SESSION_POLICY,
  hashToken,
  invalidateSession,
  invalidateUserSessions,
  listUserSessions,
  markSessionMfaVerified,
  sessionCookie,
  setActiveOrganization,
  validateSessionToken,
  type SessionPolicy,
} from './session';
import { createUser, disableUser } from './users';

const t0 = new Date('2025-04-01T09:00:00Z');
const at = (ms: number) => new Date(t0.getTime() + ms);
const MINUTE = 60 * 1000;
const policy = DEFAULT_SESSION_POLICY;

describe.each(testDatabaseModes())('sessions on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  async function newUser() {
    return createUser(database.db, {
      email: `doctor.${randomUUID()}@example.jp`,
      displayName: '田中 一郎',
      passwordHash: 'hash',
    });
  }

  function signIn(userId: string, now = t0, sessionPolicy: SessionPolicy = policy) {
    return createSession(
      database.db,
      {
        userId,
        activeOrganizationId: null,
        mfaVerified: false,
        ipAddress: '192.0.2.1',
        userAgent: 'Vitest',
      },
      sessionPolicy,
      now,
    );
  }

  async function sessionRow(id: string) {
    const [row] = await database.db
      .select()
      .from(schema.userSession)
      .where(eq(schema.userSession.id, id));
    return row;
  }

  it('stores only the hash of the token and returns a safe user', async () => {
    const user = await newUser();
    const { token, session } = await signIn(user.id);
    expect(token).toMatch(/^[a-z2-7]{32}$/);
    expect(session.id).toBe(hashToken(token));
    expect(session.id).toMatch(/^[0-9a-f]{64}$/);
    expect(session.expiresAt).toEqual(at(12 * 60 * MINUTE));
    expect(session.mfaVerifiedAt).toBeNull();
    const result = await validateSessionToken(database.db, token, policy, at(MINUTE));
    expect(result?.session.id).toBe(session.id);
    expect(result?.user).toEqual(user);
    expect(Object.keys(result?.user ?? {}).sort()).toEqual(
      ['displayName', 'email', 'id', 'isPlatformOperator', 'locale', 'mfaEnabled'].sort(),
    );
    expect(await validateSessionToken(database.db, 'not-a-token', policy, t0)).toBeNull();
  });

  it('ends a session idle for longer than the idle timeout, and deletes it', async () => {
    const user = await newUser();
    const kept = await signIn(user.id);
    const lapsed = await signIn(user.id);
    const idle = policy.idleTimeoutMs;
    expect(
      await validateSessionToken(database.db, kept.token, policy, at(idle - 1)),
    ).not.toBeNull();
    expect(await validateSessionToken(database.db, lapsed.token, policy, at(idle + 1))).toBeNull();
    expect(await sessionRow(lapsed.session.id)).toBeUndefined();
    expect(await sessionRow(kept.session.id)).toBeDefined();
  });

  it('writes lastSeenAt at most once a minute', async () => {
    const user = await newUser();
    const { token, session } = await signIn(user.id);
    await validateSessionToken(database.db, token, policy, at(MINUTE - 1));
    expect((await sessionRow(session.id))?.lastSeenAt).toEqual(t0);
    const result = await validateSessionToken(database.db, token, policy, at(MINUTE));
    expect(result?.session.lastSeenAt).toEqual(at(MINUTE));
    expect((await sessionRow(session.id))?.lastSeenAt).toEqual(at(MINUTE));
  });

  it('ends a session at its absolute lifetime however active', async () => {
    const user = await newUser();
    const short: SessionPolicy = { idleTimeoutMs: 30 * MINUTE, absoluteLifetimeMs: 45 * MINUTE };
    const { token, session } = await signIn(user.id, t0, short);
    expect(await validateSessionToken(database.db, token, short, at(20 * MINUTE))).not.toBeNull();
    expect(await validateSessionToken(database.db, token, short, at(40 * MINUTE))).not.toBeNull();
    expect(await validateSessionToken(database.db, token, short, at(45 * MINUTE))).toBeNull();
    expect(await sessionRow(session.id)).toBeUndefined();
  });

  it('signs out everywhere else but keeps the current session', async () => {
    const user = await newUser();
    const other = await newUser();
    const current = await signIn(user.id);
    await signIn(user.id);
    await signIn(user.id);
    const othersSession = await signIn(other.id);
    expect(await listUserSessions(database.db, user.id)).toHaveLength(3);
    await invalidateUserSessions(database.db, user.id, { except: current.session.id });
    expect(await listUserSessions(database.db, user.id)).toEqual([
      {
        id: current.session.id,
        createdAt: t0,
        lastSeenAt: t0,
        ipAddress: '192.0.2.1',
        userAgent: 'Vitest',
      },
    ]);
    expect(await sessionRow(othersSession.session.id)).toBeDefined();
    await invalidateUserSessions(database.db, user.id);
    expect(await listUserSessions(database.db, user.id)).toEqual([]);
    await invalidateSession(database.db, othersSession.session.id);
    expect(await sessionRow(othersSession.session.id)).toBeUndefined();
  });

  it('refuses the session of a disabled user', async () => {
    const user = await newUser();
    const { token } = await signIn(user.id);
    // Only the flag, as if set behind disableUser's back: validation must still refuse.
    await database.db
      .update(schema.appUser)
      .set({ disabledAt: t0 })
      .where(eq(schema.appUser.id, user.id));
    expect(await validateSessionToken(database.db, token, policy, at(MINUTE))).toBeNull();
    await disableUser(database.db, user.id, t0);
  });

  it('records the second factor and the active organization', async () => {
    const user = await newUser();
    const [org] = await database.db
      .insert(schema.organization)
      .values({ kind: 'hospital', name: '市立病院' })
      .returning();
    const { token, session } = await signIn(user.id);
    await markSessionMfaVerified(database.db, session.id, at(MINUTE));
    await setActiveOrganization(database.db, session.id, org?.id ?? null);
    const result = await validateSessionToken(database.db, token, policy, at(2 * MINUTE));
    expect(result?.session.mfaVerifiedAt).toEqual(at(MINUTE));
    expect(result?.session.activeOrganizationId).toBe(org?.id);
  });
});

describe('session cookies', () => {
  const expiresAt = new Date('2025-04-01T21:00:00Z');

  it('uses the __Host- prefix when secure', () => {
    expect(sessionCookie('tok', { secure: true, expiresAt })).toEqual({
      name: '__Host-bunkai_session',
      value: 'tok',
      attributes: { httpOnly: true, sameSite: 'Lax', path: '/', secure: true, expires: expiresAt },
    });
  });

  it('drops the prefix and Secure over plain HTTP', () => {
    const cookie = sessionCookie('tok', { secure: false, expiresAt });
    expect(cookie.name).toBe('bunkai_session');
    expect(cookie.attributes.secure).toBe(false);
  });

  it('blanks the cookie with an expiry in the past', () => {
    const blank = blankSessionCookie({ secure: true });
    expect(blank.name).toBe('__Host-bunkai_session');
    expect(blank.value).toBe('');
    expect(blank.attributes.expires.getTime()).toBe(0);
    expect(blank.attributes.maxAge).toBe(0);
  });
});
