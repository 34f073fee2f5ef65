import type { Db, Tx } from '@bunkai/db';
import { verifyAgainstDummy, verifyPassword } from './password';
import { checkSignInAllowed, clearAccountFailures, type SignInLimits } from './rate-limit';
import { findUserByEmail, toSafeUser, type SafeUser } from './users';

export type PasswordSignIn =
  | { ok: true; user: SafeUser }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'rate_limited'; retryAfterSeconds: number };

/**
 * Checks e-mail and password under the sign-in limits. An unknown e-mail, a wrong password and a
 * disabled account answer alike and take the same time (one argon2 verification each). The caller
 * records a failure with `recordSignInFailure` in a transaction that survives its own rollback.
 */
export async function authenticateWithPassword(
  tx: Db | Tx,
  attempt: { email: string; password: string; ip: string | null },
  limits: SignInLimits,
  now: Date,
): Promise<PasswordSignIn> {
  const allowance = await checkSignInAllowed(tx, attempt, limits, now);
  if (!allowance.allowed) {
    return { ok: false, reason: 'rate_limited', retryAfterSeconds: allowance.retryAfterSeconds };
  }
  const user = await findUserByEmail(tx, attempt.email);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, attempt.password)
    : await verifyAgainstDummy(attempt.password);
  if (!user || !passwordOk || user.disabledAt) return { ok: false, reason: 'invalid_credentials' };
  await clearAccountFailures(tx, attempt.email);
  return { ok: true, user: toSafeUser(user) };
}
