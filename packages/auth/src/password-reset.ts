import { and, eq, isNull, schema, type Db, type Tx } from '@bunkai/db';
import { PASSWORD_RESET_LIFETIME_MS } from '@bunkai/model';
import { generateToken, hashToken } from './token';

const { appUser, passwordReset, userSession } = schema;

export type PasswordResetResult = { userId: string } | { error: 'invalid' | 'expired' | 'used' };

/** The token goes into the mailed link; only its hash is stored. Older unused links stop working. */
export async function createPasswordResetToken(
  tx: Db | Tx,
  userId: string,
  now: Date,
): Promise<string> {
  const token = generateToken();
  await tx.transaction(async (inner) => {
    await inner
      .delete(passwordReset)
      .where(and(eq(passwordReset.userId, userId), isNull(passwordReset.usedAt)));
    await inner.insert(passwordReset).values({
      tokenHash: hashToken(token),
      userId,
      expiresAt: new Date(now.getTime() + PASSWORD_RESET_LIFETIME_MS),
      createdAt: now,
    });
  });
  return token;
}

/**
 * Spends the token and names its user. It neither sets the password nor signs in: the user signs
 * in afterwards, so a mailbox compromise does not get past MFA.
 */
export async function consumePasswordResetToken(
  tx: Db | Tx,
  token: string,
  now: Date,
): Promise<PasswordResetResult> {
  const tokenHash = hashToken(token);
  const [reset] = await tx
    .select()
    .from(passwordReset)
    .where(eq(passwordReset.tokenHash, tokenHash));
  if (!reset) return { error: 'invalid' };
  if (reset.usedAt !== null) return { error: 'used' };
  if (now.getTime() >= reset.expiresAt.getTime()) return { error: 'expired' };
  // Only an unused row matches, so of two concurrent requests one gets 'used'.
  const [spent] = await tx
    .update(passwordReset)
    .set({ usedAt: now })
    .where(and(eq(passwordReset.tokenHash, tokenHash), isNull(passwordReset.usedAt)))
    .returning({ userId: passwordReset.userId });
  return spent ? { userId: spent.userId } : { error: 'used' };
}

/** Stores a new hash and signs the user out everywhere; remaining reset links stop working. */
export async function setPassword(
  tx: Db | Tx,
  userId: string,
  newHash: string,
  now: Date,
): Promise<void> {
  await tx.transaction(async (inner) => {
    await inner
      .update(appUser)
      .set({ passwordHash: newHash, passwordChangedAt: now })
      .where(eq(appUser.id, userId));
    await inner.delete(userSession).where(eq(userSession.userId, userId));
    await inner
      .delete(passwordReset)
      .where(and(eq(passwordReset.userId, userId), isNull(passwordReset.usedAt)));
  });
}
