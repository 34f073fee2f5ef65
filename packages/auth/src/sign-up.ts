import { eq, lte, or, schema, type Db, type Tx } from '@bunkai/db';
import { SIGN_UP_CONFIRMATION_LIFETIME_MS } from '@bunkai/model';
import { generateToken, hashToken } from './token';
import { normaliseEmail } from './users';

const { signUpRequest } = schema;

export interface PendingSignUp {
  email: string;
  displayName: string;
  passwordHash: string;
  locale: string;
  /** Whatever the caller wants created with the account (validated by the caller). */
  organization: unknown;
}

/**
 * Keeps a sign-up until its address is confirmed; the token goes into the mailed link and only
 * its hash is stored. A newer sign-up for the same address replaces an older one.
 */
export async function createSignUpRequest(
  tx: Db | Tx,
  pending: PendingSignUp,
  now: Date,
): Promise<string> {
  const token = generateToken();
  const email = normaliseEmail(pending.email);
  await tx
    .delete(signUpRequest)
    .where(or(eq(signUpRequest.email, email), lte(signUpRequest.expiresAt, now)));
  await tx.insert(signUpRequest).values({
    tokenHash: hashToken(token),
    email,
    displayName: pending.displayName,
    passwordHash: pending.passwordHash,
    locale: pending.locale,
    organization: pending.organization ?? null,
    expiresAt: new Date(now.getTime() + SIGN_UP_CONFIRMATION_LIFETIME_MS),
    createdAt: now,
  });
  return token;
}

export type SignUpConfirmation = { ok: true; pending: PendingSignUp } | { ok: false };

/** Spends the token (once, even under concurrent use); an unknown or expired one is refused. */
export async function consumeSignUpRequest(
  tx: Db | Tx,
  token: string,
  now: Date,
): Promise<SignUpConfirmation> {
  const [row] = await tx
    .delete(signUpRequest)
    .where(eq(signUpRequest.tokenHash, hashToken(token)))
    .returning();
  if (!row || row.expiresAt.getTime() <= now.getTime()) return { ok: false };
  return {
    ok: true,
    pending: {
      email: row.email,
      displayName: row.displayName,
      passwordHash: row.passwordHash,
      locale: row.locale,
      organization: row.organization,
    },
  };
}
