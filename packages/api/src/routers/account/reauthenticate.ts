import { verifyCurrentPassword, verifySecondFactor, type SafeUser } from '@bunkai/auth';
import { DomainError } from '@bunkai/core';
import type { ExecutionContext } from '@bunkai/db';
import type { ApiContext } from '../../context';
import { rateLimited } from '../auth/rate-limited';

/** What proves the signed-in person is at the keyboard: the password, or a fresh TOTP code. */
export interface Reauthentication {
  currentPassword?: string | undefined;
  /** Accepted only when the user already has TOTP on. */
  code?: string | undefined;
}

const wrongPassword = () =>
  new DomainError(
    'BAD_REQUEST',
    'wrong_password',
    { ja: '現在のパスワードが正しくありません', en: 'The current password is not correct' },
    'currentPassword',
  );

/**
 * Checks the current password (or, with MFA on, a fresh TOTP code) under the sign-in limits:
 * counted before the check, per account (or per user's second factor) and per IP. Throws the
 * answer for a missing or wrong secret (400) and for too many attempts (429 with Retry-After).
 */
export async function reauthenticate(
  ctx: ApiContext & { exec: ExecutionContext; user: SafeUser },
  given: Reauthentication,
): Promise<void> {
  const limits = ctx.auth.signInLimits;
  const now = ctx.now();
  const code = given.code?.trim() ?? '';
  const password = given.currentPassword ?? '';
  let result;
  if (ctx.user.mfaEnabled && code !== '') {
    result = await verifySecondFactor(
      ctx.exec,
      { userId: ctx.user.id, code, ip: ctx.ipAddress, recoveryCodes: false },
      limits,
      now,
    );
  } else if (password !== '') {
    result = await verifyCurrentPassword(
      ctx.exec,
      { email: ctx.user.email, password, ip: ctx.ipAddress },
      limits,
      now,
    );
  } else {
    throw new DomainError(
      'BAD_REQUEST',
      'reauthentication_required',
      { ja: '現在のパスワードを入力してください', en: 'Enter your current password' },
      'currentPassword',
    );
  }
  if (result.ok) return;
  if (result.reason === 'rate_limited') throw rateLimited(ctx, result.retryAfterSeconds);
  if (code !== '' && ctx.user.mfaEnabled) {
    throw new DomainError(
      'BAD_REQUEST',
      'invalid_code',
      {
        ja: 'コードが正しくないか、既に使用されています',
        en: 'The code is wrong or has already been used',
      },
      'code',
    );
  }
  throw wrongPassword();
}
