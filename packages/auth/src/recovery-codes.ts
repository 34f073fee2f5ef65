import { and, eq, isNull, schema, type Db, type Tx } from '@bunkai/db';
import { generateRandomString, type RandomReader } from '@oslojs/crypto/random';
import { hashToken } from './token';

const { recoveryCode } = schema;

export const RECOVERY_CODE_COUNT = 10;

// Crockford's base32: no i, l, o or u, so a code copied from paper is not misread.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

const random: RandomReader = {
  read: (bytes) => {
    crypto.getRandomValues(bytes);
  },
};

/** `xxxx-xxxx-xxxx`: 60 random bits. */
export function generateRecoveryCode(): string {
  const raw = generateRandomString(random, ALPHABET, 12);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

/** Accepts what people type: any case, with or without hyphens and spaces, o/i/l for 0/1/1. */
export function normaliseRecoveryCode(code: string): string {
  return code.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

function hashRecoveryCode(code: string): string {
  return hashToken(normaliseRecoveryCode(code));
}

/** Replaces every code the user had; the plain codes are shown once and never stored. */
export async function replaceRecoveryCodes(tx: Db | Tx, userId: string): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, generateRecoveryCode);
  await tx.transaction(async (inner) => {
    await inner.delete(recoveryCode).where(eq(recoveryCode.userId, userId));
    await inner
      .insert(recoveryCode)
      .values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(code) })));
  });
  return codes;
}

/** True once per code: the update only matches an unused one, so two requests cannot share it. */
export async function useRecoveryCode(
  tx: Db | Tx,
  userId: string,
  code: string,
  now: Date,
): Promise<boolean> {
  const used = await tx
    .update(recoveryCode)
    .set({ usedAt: now })
    .where(
      and(
        eq(recoveryCode.userId, userId),
        eq(recoveryCode.codeHash, hashRecoveryCode(code)),
        isNull(recoveryCode.usedAt),
      ),
    )
    .returning({ id: recoveryCode.id });
  return used.length > 0;
}

export async function countUnusedRecoveryCodes(tx: Db | Tx, userId: string): Promise<number> {
  const rows = await tx
    .select({ id: recoveryCode.id })
    .from(recoveryCode)
    .where(and(eq(recoveryCode.userId, userId), isNull(recoveryCode.usedAt)));
  return rows.length;
}
