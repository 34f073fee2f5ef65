import type { ExecutionContext } from '@bunkai/db';
import { verifyAgainstDummy, verifyPassword } from './password';
import { useRecoveryCode } from './recovery-codes';
import {
  checkSecretUnderLimit,
  mfaAttemptKeys,
  mfaClearKey,
  passwordAttemptKeys,
  passwordClearKey,
  type SecretCheck,
  type SignInLimits,
} from './rate-limit';
import { verifyUserTotp } from './totp';
import { findUserByEmail, toSafeUser, type SafeUser, type UserRecord } from './users';

export type PasswordSignIn =
  | { ok: true; user: SafeUser }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

// Every function here counts the attempt (and commits the count) before the secret is checked,
// so parallel guesses cannot all pass the limit; the call's transaction must hold nothing that
// must not commit yet (see `consumeAttempt`). A right secret takes the attempt
// back and clears the account's (or the user's second-factor) count.

/**
 * Checks e-mail and password under the sign-in limits (per account and per IP). An unknown e-mail,
 * a wrong password and a disabled account answer alike and take the same time (one argon2
 * verification each).
 */
export async function authenticateWithPassword(
  exec: ExecutionContext,
  attempt: { email: string; password: string; ip: string | null },
  limits: SignInLimits,
  now: Date,
): Promise<PasswordSignIn> {
  const found: { user?: UserRecord } = {};
  const result = await checkSecretUnderLimit(
    exec,
    {
      keys: passwordAttemptKeys(attempt, limits),
      clearKeys: [passwordClearKey(attempt.email)],
    },
    limits,
    now,
    async () => {
      const user = await findUserByEmail(exec.tx, attempt.email);
      const passwordOk = user
        ? await verifyPassword(user.passwordHash, attempt.password)
        : await verifyAgainstDummy(attempt.password);
      if (!user || !passwordOk || user.disabledAt) return false;
      found.user = user;
      return true;
    },
  );
  if (result.ok && found.user) return { ok: true, user: toSafeUser(found.user) };
  if (!result.ok && result.reason === 'rate_limited') return result;
  return { ok: false, reason: 'invalid_credentials' };
}

/** A signed-in user's current password (password change, re-authentication), same counters. */
export async function verifyCurrentPassword(
  exec: ExecutionContext,
  attempt: { email: string; password: string; ip: string | null },
  limits: SignInLimits,
  now: Date,
): Promise<SecretCheck> {
  const result = await authenticateWithPassword(exec, attempt, limits, now);
  if (result.ok) return { ok: true };
  return result.reason === 'rate_limited' ? result : { ok: false, reason: 'wrong' };
}

/**
 * The user's second factor, per user and per IP: a 6-digit TOTP code (each step works once) or,
 * with `recoveryCodes`, a single-use recovery code.
 */
export async function verifySecondFactor(
  exec: ExecutionContext,
  attempt: { userId: string; code: string; ip: string | null; recoveryCodes: boolean },
  limits: SignInLimits,
  now: Date,
): Promise<SecretCheck> {
  return checkSecretUnderLimit(
    exec,
    { keys: mfaAttemptKeys(attempt, limits), clearKeys: [mfaClearKey(attempt.userId)] },
    limits,
    now,
    () => {
      if (/^\d{6}$/.test(attempt.code))
        return verifyUserTotp(exec.tx, attempt.userId, attempt.code, now);
      if (!attempt.recoveryCodes) return Promise.resolve(false);
      return useRecoveryCode(exec.tx, attempt.userId, attempt.code, now);
    },
  );
}
