import { and, desc, eq, schema, sql, type Db, type Tx } from '@bunkai/db';
import { normaliseEmail } from './users';

const { signInFailure } = schema;

export interface SignInLimits {
  /** Failures allowed per account within the window. */
  perAccount: number;
  /** Failures allowed per IP address within the window, across accounts. */
  perIp: number;
  windowMs: number;
}

export const DEFAULT_SIGN_IN_LIMITS: SignInLimits = {
  perAccount: 5,
  perIp: 20,
  windowMs: 15 * 60 * 1000,
};

export interface SignInAttempt {
  email: string;
  /** Null when the address is unknown: only the account limit applies. */
  ip: string | null;
}

export type SignInAllowance = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
const ipKey = (ip: string) => `ip:${ip}`;

function attemptKeys(attempt: SignInAttempt): string[] {
  return attempt.ip === null
    ? [accountKey(attempt.email)]
    : [accountKey(attempt.email), ipKey(attempt.ip)];
}

/** Milliseconds until `key` is under `limit` again, or 0 if it already is. */
async function blockedForMs(
  tx: Db | Tx,
  key: string,
  limit: number,
  windowMs: number,
  now: Date,
): Promise<number> {
  const windowStart = new Date(now.getTime() - windowMs);
  // The limit-th most recent failure: once it leaves the window, fewer than `limit` remain.
  const [pivot] = await tx
    .select({ at: signInFailure.at })
    .from(signInFailure)
    .where(
      and(
        eq(signInFailure.key, key),
        sql`${signInFailure.at} > ${windowStart.toISOString()}::timestamptz`,
      ),
    )
    .orderBy(desc(signInFailure.at))
    .offset(Math.max(limit - 1, 0))
    .limit(1);
  return pivot ? pivot.at.getTime() + windowMs - now.getTime() : 0;
}

/** Call before checking the password; a refused attempt should not reveal whether it was right. */
export async function checkSignInAllowed(
  tx: Db | Tx,
  attempt: SignInAttempt,
  limits: SignInLimits,
  now: Date,
): Promise<SignInAllowance> {
  const waits = [
    await blockedForMs(tx, accountKey(attempt.email), limits.perAccount, limits.windowMs, now),
  ];
  if (attempt.ip !== null) {
    waits.push(await blockedForMs(tx, ipKey(attempt.ip), limits.perIp, limits.windowMs, now));
  }
  const waitMs = Math.max(...waits);
  if (waitMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Records one failure against the account and the IP, and prunes failures past the window. */
export async function recordSignInFailure(
  tx: Db | Tx,
  attempt: SignInAttempt,
  now: Date,
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): Promise<void> {
  const windowStart = new Date(now.getTime() - limits.windowMs);
  await tx
    .delete(signInFailure)
    .where(sql`${signInFailure.at} <= ${windowStart.toISOString()}::timestamptz`);
  await tx.insert(signInFailure).values(attemptKeys(attempt).map((key) => ({ key, at: now })));
}

/** After a successful sign-in the account starts afresh; the IP's count stays. */
export async function clearAccountFailures(tx: Db | Tx, email: string): Promise<void> {
  await tx.delete(signInFailure).where(eq(signInFailure.key, accountKey(email)));
}
