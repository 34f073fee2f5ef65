import {
  and,
  desc,
  eq,
  inArray,
  schema,
  sql,
  type Db,
  type ExecutionContext,
  type Tx,
} from '@bunkai/db';
import { normaliseEmail } from './users';

const { signInFailure } = schema;

export interface SignInLimits {
  /** Attempts allowed per account (password) and per user (second factor) within the window. */
  perAccount: number;
  /** Attempts allowed per IP address within the window, across accounts and kinds of secret. */
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

/** One counter and its limit. */
export interface AttemptKey {
  key: string;
  limit: number;
}

/** The attempt rows a granted attempt wrote; `settleAttempt` takes them back on success. */
export interface AttemptTicket {
  ids: string[];
}

export type AttemptGate =
  { allowed: true; ticket: AttemptTicket } | { allowed: false; retryAfterSeconds: number };

const accountKey = (email: string) => `account:${normaliseEmail(email)}`;
const mfaKey = (userId: string) => `mfa:${userId}`;
const ipKey = (ip: string) => `ip:${ip}`;

function withIp(keys: AttemptKey[], ip: string | null, limits: SignInLimits): AttemptKey[] {
  return ip === null ? keys : [...keys, { key: ipKey(ip), limit: limits.perIp }];
}

/** Counters for guessing an account's password (sign-in, password change, re-authentication). */
export function passwordAttemptKeys(attempt: SignInAttempt, limits: SignInLimits): AttemptKey[] {
  return withIp([{ key: accountKey(attempt.email), limit: limits.perAccount }], attempt.ip, limits);
}

/** Counters for guessing a user's second factor (TOTP or recovery code). */
export function mfaAttemptKeys(
  attempt: { userId: string; ip: string | null },
  limits: SignInLimits,
): AttemptKey[] {
  return withIp([{ key: mfaKey(attempt.userId), limit: limits.perAccount }], attempt.ip, limits);
}

/** Counters for guessing a secret that belongs to no known account (a reset token): the IP only. */
export function ipAttemptKeys(ip: string | null, limits: SignInLimits): AttemptKey[] {
  return withIp([], ip, limits);
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
  // The limit-th most recent attempt: once it leaves the window, fewer than `limit` remain.
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

async function blockedFor(
  tx: Db | Tx,
  keys: AttemptKey[],
  windowMs: number,
  now: Date,
): Promise<SignInAllowance> {
  let waitMs = 0;
  for (const { key, limit } of keys) {
    waitMs = Math.max(waitMs, await blockedForMs(tx, key, limit, windowMs, now));
  }
  if (waitMs <= 0) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
}

/** Serialises every transaction touching these counters, in one order so two never deadlock. */
async function lockKeys(tx: Tx, keys: readonly string[]): Promise<void> {
  for (const key of [...new Set(keys)].sort()) {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
  }
}

/** Drops rows past the window; rows another transaction holds are left for a later call. */
async function pruneAttempts(tx: Db | Tx, windowMs: number, now: Date): Promise<void> {
  const windowStart = new Date(now.getTime() - windowMs).toISOString();
  await tx.execute(sql`
    delete from ${signInFailure} where ${signInFailure.id} in (
      select ${signInFailure.id} from ${signInFailure}
      where ${signInFailure.at} <= ${windowStart}::timestamptz
      limit 500 for update skip locked
    )`);
}

/**
 * Counts one attempt at a secret against every key, before the secret is checked, and commits the
 * count: whatever the caller does next (a wrong secret rolls the request back), it stays counted.
 * Under an advisory lock per key, the count and the insert are one step for concurrent requests,
 * so of N parallel attempts at most `limit` are allowed. A refused attempt is not counted, so a
 * lockout lifts once the oldest counted attempt leaves the window.
 *
 * The call's transaction must hold no work that must not commit yet: it is committed here
 * (`commitSoFar`) and the call continues in a fresh one as the same principal.
 */
export async function consumeAttempt(
  exec: ExecutionContext,
  keys: AttemptKey[],
  limits: Pick<SignInLimits, 'windowMs'>,
  now: Date,
): Promise<AttemptGate> {
  const { tx } = exec;
  await lockKeys(
    tx,
    keys.map((k) => k.key),
  );
  await pruneAttempts(tx, limits.windowMs, now);
  const allowance = await blockedFor(tx, keys, limits.windowMs, now);
  let gate: AttemptGate;
  if (allowance.allowed) {
    const rows =
      keys.length === 0
        ? []
        : await tx
            .insert(signInFailure)
            .values(keys.map(({ key }) => ({ key, at: now })))
            .returning({ id: signInFailure.id });
    gate = { allowed: true, ticket: { ids: rows.map((r) => r.id) } };
  } else {
    gate = allowance;
  }
  await exec.commitSoFar();
  return gate;
}

/**
 * After the secret was right: takes back the attempt (so a shared IP is not charged for successes)
 * and clears `clearKeys` (the account or user starts afresh). Runs in the request's transaction,
 * so it only holds if the request commits; on failure the attempt stays counted.
 */
export async function settleAttempt(
  tx: Tx,
  ticket: AttemptTicket,
  clearKeys: readonly string[],
): Promise<void> {
  if (clearKeys.length > 0) {
    await lockKeys(tx, clearKeys);
    await tx.delete(signInFailure).where(inArray(signInFailure.key, [...clearKeys]));
  }
  if (ticket.ids.length > 0) {
    await tx.delete(signInFailure).where(inArray(signInFailure.id, ticket.ids));
  }
}

export type SecretCheck =
  | { ok: true }
  | { ok: false; reason: 'wrong' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * `check` (which verifies a secret) runs only if the attempt is granted by `consumeAttempt`; when it
 * returns true the attempt is settled, clearing `clearKeys`. Same transaction rules as there.
 */
export async function checkSecretUnderLimit(
  exec: ExecutionContext,
  counters: { keys: AttemptKey[]; clearKeys: readonly string[] },
  limits: Pick<SignInLimits, 'windowMs'>,
  now: Date,
  check: () => Promise<boolean>,
): Promise<SecretCheck> {
  const gate = await consumeAttempt(exec, counters.keys, limits, now);
  if (!gate.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: gate.retryAfterSeconds };
  }
  if (!(await check())) return { ok: false, reason: 'wrong' };
  await settleAttempt(exec.tx, gate.ticket, counters.clearKeys);
  return { ok: true };
}

/** The key `settleAttempt` clears after a right password. */
export const passwordClearKey = (email: string): string => accountKey(email);
/** The key `settleAttempt` clears after a right second factor. */
export const mfaClearKey = (userId: string): string => mfaKey(userId);

/** Whether a sign-in would be allowed now (read only; `consumeAttempt` is what enforces). */
export async function checkSignInAllowed(
  tx: Db | Tx,
  attempt: SignInAttempt,
  limits: SignInLimits,
  now: Date,
): Promise<SignInAllowance> {
  return blockedFor(tx, passwordAttemptKeys(attempt, limits), limits.windowMs, now);
}

/** Records one failure against the account and the IP, and prunes rows past the window. */
export async function recordSignInFailure(
  tx: Db | Tx,
  attempt: SignInAttempt,
  now: Date,
  limits: SignInLimits = DEFAULT_SIGN_IN_LIMITS,
): Promise<void> {
  await pruneAttempts(tx, limits.windowMs, now);
  await tx
    .insert(signInFailure)
    .values(passwordAttemptKeys(attempt, limits).map(({ key }) => ({ key, at: now })));
}

/** After a successful sign-in the account starts afresh; the IP's count stays. */
export async function clearAccountFailures(tx: Db | Tx, email: string): Promise<void> {
  await tx.delete(signInFailure).where(eq(signInFailure.key, accountKey(email)));
}
