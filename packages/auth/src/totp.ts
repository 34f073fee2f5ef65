import { and, eq, isNull, or, schema, sql, type Db, type Tx } from '@bunkai/db';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { createTOTPKeyURI, generateHOTP } from '@oslojs/otp';
import { replaceRecoveryCodes } from './recovery-codes';

const { appUser, recoveryCode, totpEnrolment } = schema;

const PERIOD_SECONDS = 30;
const DIGITS = 6;
// One step either side tolerates clock drift and a code typed just as it rolls over.
const ALLOWED_DRIFT_STEPS = 1;

export type TotpVerification = { ok: true; step: number } | { ok: false };

export function createTotpKey(): Uint8Array {
  const key = new Uint8Array(20);
  crypto.getRandomValues(key);
  return key;
}

export function totpKeyUri(options: {
  key: Uint8Array;
  accountName: string;
  issuer?: string;
}): string {
  return createTOTPKeyURI(
    options.issuer ?? 'Bunkai',
    options.accountName,
    options.key,
    PERIOD_SECONDS,
    DIGITS,
  );
}

export function totpStep(now: Date): number {
  return Math.floor(now.getTime() / (PERIOD_SECONDS * 1000));
}

/**
 * Accepts the code of the current step or one either side, but never a step at or before
 * `lastAcceptedStep`, so an observed code cannot be replayed.
 */
export function verifyTotp(
  key: Uint8Array,
  code: string,
  lastAcceptedStep: number | null,
  now: Date,
): TotpVerification {
  const given = code.replace(/\s/g, '');
  if (!/^\d+$/.test(given) || given.length !== DIGITS) return { ok: false };
  const givenBytes = new TextEncoder().encode(given);
  const current = totpStep(now);
  let matched: number | null = null;
  // Every candidate is computed and compared, so timing does not reveal which one matched.
  for (let step = current - ALLOWED_DRIFT_STEPS; step <= current + ALLOWED_DRIFT_STEPS; step++) {
    const expected = new TextEncoder().encode(generateHOTP(key, BigInt(step), DIGITS));
    const equal = constantTimeEqual(givenBytes, expected);
    const fresh = lastAcceptedStep === null || step > lastAcceptedStep;
    if (equal && fresh && matched === null) matched = step;
  }
  return matched === null ? { ok: false } : { ok: true, step: matched };
}

/** Starts (or restarts) enrolment with a new key; TOTP stays off until a code confirms it. */
export async function startTotpEnrolment(
  tx: Db | Tx,
  userId: string,
  now: Date,
): Promise<{ key: Uint8Array; uri: string }> {
  const [user] = await tx
    .select({ email: appUser.email })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user) throw new Error(`no user ${userId}`);
  const key = createTotpKey();
  await tx
    .insert(totpEnrolment)
    .values({ userId, key, createdAt: now })
    .onConflictDoUpdate({ target: totpEnrolment.userId, set: { key, createdAt: now } });
  return { key, uri: totpKeyUri({ key, accountName: user.email }) };
}

/** A correct code turns TOTP on and issues fresh recovery codes, shown to the user once. */
export async function confirmTotpEnrolment(
  tx: Db | Tx,
  userId: string,
  code: string,
  now: Date,
): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false }> {
  const [enrolment] = await tx
    .select({ key: totpEnrolment.key })
    .from(totpEnrolment)
    .where(eq(totpEnrolment.userId, userId));
  if (!enrolment) return { ok: false };
  const result = verifyTotp(enrolment.key, code, null, now);
  if (!result.ok) return { ok: false };
  const recoveryCodes = await tx.transaction(async (inner) => {
    // Deleting first makes a concurrent second confirmation find nothing and fail.
    const claimed = await inner
      .delete(totpEnrolment)
      .where(eq(totpEnrolment.userId, userId))
      .returning({ userId: totpEnrolment.userId });
    if (claimed.length === 0) return null;
    await inner
      .update(appUser)
      .set({ totpKey: enrolment.key, totpEnabledAt: now, totpLastStep: result.step })
      .where(eq(appUser.id, userId));
    return replaceRecoveryCodes(inner, userId);
  });
  return recoveryCodes ? { ok: true, recoveryCodes } : { ok: false };
}

/** The second factor at sign-in; a code is accepted once even under concurrent requests. */
export async function verifyUserTotp(
  tx: Db | Tx,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const [user] = await tx
    .select({ key: appUser.totpKey, lastStep: appUser.totpLastStep })
    .from(appUser)
    .where(eq(appUser.id, userId));
  if (!user?.key) return false;
  const result = verifyTotp(user.key, code, user.lastStep, now);
  if (!result.ok) return false;
  // Conditional on the step still being newer: of two requests racing with one code, one wins.
  const recorded = await tx
    .update(appUser)
    .set({ totpLastStep: result.step })
    .where(
      and(
        eq(appUser.id, userId),
        or(isNull(appUser.totpLastStep), sql`${appUser.totpLastStep} < ${result.step}`),
      ),
    )
    .returning({ id: appUser.id });
  return recorded.length > 0;
}

export async function disableTotp(tx: Db | Tx, userId: string): Promise<void> {
  await tx.transaction(async (inner) => {
    await inner
      .update(appUser)
      .set({ totpKey: null, totpEnabledAt: null, totpLastStep: null })
      .where(eq(appUser.id, userId));
    await inner.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
    await inner.delete(totpEnrolment).where(eq(totpEnrolment.userId, userId));
  });
}
