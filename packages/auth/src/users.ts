import { eq, schema, sql, type Db, type Tx } from '@bunkai/db';

const { appUser, userSession } = schema;

/** The full row, password hash and TOTP key included: for sign-in only, never for a response. */
export type UserRecord = typeof appUser.$inferSelect;

/** What may leave this package: no password hash, no TOTP key. */
export interface SafeUser {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  isPlatformOperator: boolean;
  mfaEnabled: boolean;
}

export interface NewUser {
  email: string;
  displayName: string;
  passwordHash: string;
  locale?: string | undefined;
}

export class EmailTakenError extends Error {
  constructor() {
    super('A user with this e-mail address already exists');
    this.name = 'EmailTakenError';
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Columns for a select that yields a `SafeUser` once passed through `toSafeUser`. */
export const safeUserColumns = {
  id: appUser.id,
  email: appUser.email,
  displayName: appUser.displayName,
  locale: appUser.locale,
  isPlatformOperator: appUser.isPlatformOperator,
  totpEnabledAt: appUser.totpEnabledAt,
};

export function toSafeUser(row: {
  id: string;
  email: string;
  displayName: string;
  locale: string;
  isPlatformOperator: boolean;
  totpEnabledAt: Date | null;
}): SafeUser {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    isPlatformOperator: row.isPlatformOperator,
    mfaEnabled: row.totpEnabledAt !== null,
  };
}

export async function findUserByEmail(tx: Db | Tx, email: string): Promise<UserRecord | null> {
  // lower(email) matches the unique index, so the lookup is indexed and case-insensitive.
  const [user] = await tx
    .select()
    .from(appUser)
    .where(sql`lower(${appUser.email}) = ${normaliseEmail(email)}`)
    .limit(1);
  return user ?? null;
}

export async function getSafeUser(tx: Db | Tx, id: string): Promise<SafeUser | null> {
  const [row] = await tx.select(safeUserColumns).from(appUser).where(eq(appUser.id, id));
  return row ? toSafeUser(row) : null;
}

/** Throws `EmailTakenError` when the address is in use (in any letter case). */
export async function createUser(tx: Db | Tx, user: NewUser): Promise<SafeUser> {
  // ON CONFLICT rather than catching 23505, which would abort the caller's transaction.
  const [row] = await tx
    .insert(appUser)
    .values({
      email: normaliseEmail(user.email),
      displayName: user.displayName,
      passwordHash: user.passwordHash,
      ...(user.locale === undefined ? {} : { locale: user.locale }),
    })
    .onConflictDoNothing()
    .returning(safeUserColumns);
  if (!row) throw new EmailTakenError();
  return toSafeUser(row);
}

/** Disables sign-in and ends every session at once. */
export async function disableUser(tx: Db | Tx, userId: string, now: Date): Promise<void> {
  await tx.transaction(async (inner) => {
    await inner.update(appUser).set({ disabledAt: now }).where(eq(appUser.id, userId));
    await inner.delete(userSession).where(eq(userSession.userId, userId));
  });
}
