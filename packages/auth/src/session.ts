import { and, desc, eq, schema, sql, type Db, type Tx } from '@bunkai/db';
import { DEFAULT_SESSION_ABSOLUTE_HOURS, DEFAULT_SESSION_IDLE_MINUTES } from '@bunkai/model';
import { generateToken, hashToken } from './token';
import { safeUserColumns, toSafeUser, type SafeUser } from './users';

export { hashToken } from './token';

const { appUser, userSession } = schema;

export type Session = typeof userSession.$inferSelect;

export interface SessionPolicy {
  /** A session unused for longer than this ends. */
  idleTimeoutMs: number;
  /** A session ends this long after sign-in, however active. */
  absoluteLifetimeMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleTimeoutMs: DEFAULT_SESSION_IDLE_MINUTES * 60 * 1000,
  absoluteLifetimeMs: DEFAULT_SESSION_ABSOLUTE_HOURS * 60 * 60 * 1000,
};

// lastSeenAt only needs minute precision for the idle timeout; this spares a write per request.
const LAST_SEEN_RESOLUTION_MS = 60 * 1000;

export interface NewSession {
  userId: string;
  activeOrganizationId: string | null;
  mfaVerified: boolean;
  ipAddress: string | null;
  userAgent: string | null;
}

export interface SessionValidation {
  session: Session;
  user: SafeUser;
}

export interface SessionSummary {
  /** The stored hash, never the token. */
  id: string;
  createdAt: Date;
  lastSeenAt: Date;
  ipAddress: string | null;
  userAgent: string | null;
}

/** Returns the token for the cookie; only its hash is stored. */
export async function createSession(
  tx: Db | Tx,
  input: NewSession,
  policy: SessionPolicy,
  now: Date,
): Promise<{ token: string; session: Session }> {
  const token = generateToken();
  const [session] = await tx
    .insert(userSession)
    .values({
      id: hashToken(token),
      userId: input.userId,
      activeOrganizationId: input.activeOrganizationId,
      mfaVerifiedAt: input.mfaVerified ? now : null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + policy.absoluteLifetimeMs),
      ipAddress: input.ipAddress,
      userAgent: input.userAgent,
    })
    .returning();
  if (!session) throw new Error('session insert returned no row');
  return { token, session };
}

/** The session and its user, or null (and the session deleted) when it has ended. */
export async function validateSessionToken(
  tx: Db | Tx,
  token: string,
  policy: SessionPolicy,
  now: Date,
): Promise<SessionValidation | null> {
  const id = hashToken(token);
  const [row] = await tx
    .select({ session: userSession, user: safeUserColumns, disabledAt: appUser.disabledAt })
    .from(userSession)
    .innerJoin(appUser, eq(appUser.id, userSession.userId))
    .where(eq(userSession.id, id));
  if (!row) return null;
  const { session } = row;
  const sinceLastSeen = now.getTime() - session.lastSeenAt.getTime();
  const ended =
    now.getTime() >= session.expiresAt.getTime() ||
    sinceLastSeen > policy.idleTimeoutMs ||
    // Deleted too, so re-enabling the account does not revive old sessions.
    row.disabledAt !== null;
  if (ended) {
    await invalidateSession(tx, id);
    return null;
  }
  if (sinceLastSeen >= LAST_SEEN_RESOLUTION_MS) {
    await tx.update(userSession).set({ lastSeenAt: now }).where(eq(userSession.id, id));
    session.lastSeenAt = now;
  }
  return { session, user: toSafeUser(row.user) };
}

export async function invalidateSession(tx: Db | Tx, sessionId: string): Promise<void> {
  await tx.delete(userSession).where(eq(userSession.id, sessionId));
}

/** Signs the user out everywhere, or everywhere but `except` (the caller's own session). */
export async function invalidateUserSessions(
  tx: Db | Tx,
  userId: string,
  options: { except?: string | undefined } = {},
): Promise<void> {
  const { except } = options;
  await tx
    .delete(userSession)
    .where(
      and(
        eq(userSession.userId, userId),
        except === undefined ? undefined : sql`${userSession.id} <> ${except}`,
      ),
    );
}

/** Most recently used first. Sessions past expiry may remain until their next validation. */
export function listUserSessions(tx: Db | Tx, userId: string): Promise<SessionSummary[]> {
  return tx
    .select({
      id: userSession.id,
      createdAt: userSession.createdAt,
      lastSeenAt: userSession.lastSeenAt,
      ipAddress: userSession.ipAddress,
      userAgent: userSession.userAgent,
    })
    .from(userSession)
    .where(eq(userSession.userId, userId))
    .orderBy(desc(userSession.lastSeenAt));
}

export async function markSessionMfaVerified(
  tx: Db | Tx,
  sessionId: string,
  now: Date,
): Promise<void> {
  await tx.update(userSession).set({ mfaVerifiedAt: now }).where(eq(userSession.id, sessionId));
}

export async function setActiveOrganization(
  tx: Db | Tx,
  sessionId: string,
  organizationId: string | null,
): Promise<void> {
  await tx
    .update(userSession)
    .set({ activeOrganizationId: organizationId })
    .where(eq(userSession.id, sessionId));
}

// __Host- makes the browser refuse the cookie unless Secure, Path=/ and without Domain, so a
// sibling subdomain cannot plant one. Plain HTTP (local development) cannot use the prefix.
export const SESSION_COOKIE_NAMES = {
  secure: '__Host-bunkai_session',
  insecure: 'bunkai_session',
} as const;

export interface SessionCookie {
  name: (typeof SESSION_COOKIE_NAMES)[keyof typeof SESSION_COOKIE_NAMES];
  value: string;
  attributes: {
    httpOnly: true;
    sameSite: 'Lax';
    path: '/';
    secure: boolean;
    expires: Date;
    maxAge?: number;
  };
}

export function sessionCookieName(secure: boolean): SessionCookie['name'] {
  return secure ? SESSION_COOKIE_NAMES.secure : SESSION_COOKIE_NAMES.insecure;
}

export function sessionCookie(
  token: string,
  options: { secure: boolean; expiresAt: Date },
): SessionCookie {
  return {
    name: sessionCookieName(options.secure),
    value: token,
    attributes: {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: options.secure,
      expires: options.expiresAt,
    },
  };
}

/** Overwrites the cookie with an empty, already expired one (sign-out). */
export function blankSessionCookie(options: { secure: boolean }): SessionCookie {
  return {
    name: sessionCookieName(options.secure),
    value: '',
    attributes: {
      httpOnly: true,
      sameSite: 'Lax',
      path: '/',
      secure: options.secure,
      expires: new Date(0),
      maxAge: 0,
    },
  };
}
