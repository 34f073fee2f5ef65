import { randomUUID } from 'node:crypto';
import { APP_ROLE, runAs, schema, selectRows, sql } from '@bunkai/db';
import { createTestDb, testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkSecretUnderLimit,
  checkSignInAllowed,
  clearAccountFailures,
  consumeAttempt,
  DEFAULT_SIGN_IN_LIMITS,
  mfaAttemptKeys,
  passwordAttemptKeys,
  passwordClearKey,
  recordSignInFailure,
  type AttemptGate,
  type SignInAttempt,
} from './rate-limit';

const t0 = new Date('2025-04-01T09:00:00Z');
const MINUTE = 60 * 1000;
const at = (ms: number) => new Date(t0.getTime() + ms);
const limits = DEFAULT_SIGN_IN_LIMITS;

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;
const freshEmail = () => `user.${randomUUID()}@example.jp`;

describe.each(testDatabaseModes())('sign-in throttling on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  const check = (attempt: SignInAttempt, now: Date) =>
    checkSignInAllowed(database.db, attempt, limits, now);

  it('refuses the sixth attempt on one account until the oldest failure ages out', async () => {
    const attempt = { email: freshEmail(), ip: freshIp() };
    for (let i = 0; i < 5; i++) {
      expect(await check(attempt, at(i * MINUTE))).toEqual({ allowed: true });
      await recordSignInFailure(database.db, attempt, at(i * MINUTE));
    }
    // Oldest failure at t0 leaves the 15-minute window at t0+15m: 10 minutes from t0+5m.
    expect(await check(attempt, at(5 * MINUTE))).toEqual({
      allowed: false,
      retryAfterSeconds: 600,
    });
    // Same account from another address and in another letter case: still refused.
    expect(
      await check({ email: attempt.email.toUpperCase(), ip: freshIp() }, at(5 * MINUTE)),
    ).toEqual({ allowed: false, retryAfterSeconds: 600 });
    expect(await check(attempt, at(15 * MINUTE - 500))).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
    });
    expect(await check(attempt, at(15 * MINUTE))).toEqual({ allowed: true });
    // Another account from another IP was never affected.
    expect(await check({ email: freshEmail(), ip: freshIp() }, at(5 * MINUTE))).toEqual({
      allowed: true,
    });
  });

  it('limits one IP across accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < limits.perIp; i++) {
      await recordSignInFailure(database.db, { email: freshEmail(), ip }, at(i * 1000));
    }
    const refused = await check({ email: freshEmail(), ip }, at(limits.perIp * 1000));
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 15 * 60 - limits.perIp });
    expect(await check({ email: freshEmail(), ip: freshIp() }, at(limits.perIp * 1000))).toEqual({
      allowed: true,
    });
    // Without a known address only the account counts.
    expect(await check({ email: freshEmail(), ip: null }, at(limits.perIp * 1000))).toEqual({
      allowed: true,
    });
  });

  it('a successful sign-in clears the account but not the IP', async () => {
    const attempt = { email: freshEmail(), ip: freshIp() };
    for (let i = 0; i < 5; i++) await recordSignInFailure(database.db, attempt, at(i * 1000));
    expect((await check(attempt, at(10_000))).allowed).toBe(false);
    await clearAccountFailures(database.db, attempt.email.toUpperCase());
    expect(await check(attempt, at(10_000))).toEqual({ allowed: true });
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.signInFailure)
      .where(sql`${schema.signInFailure.key} = ${`ip:${attempt.ip}`}`);
    expect(row?.n).toBe(5);
  });

  it('prunes failures older than the window when recording', async () => {
    await recordSignInFailure(database.db, { email: freshEmail(), ip: freshIp() }, at(0));
    const later = at(24 * 60 * MINUTE);
    await recordSignInFailure(database.db, { email: freshEmail(), ip: null }, later);
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.signInFailure)
      .where(sql`${schema.signInFailure.at} < ${later.toISOString()}::timestamptz`);
    expect(row?.n).toBe(0);
  });
});

describe.each(testDatabaseModes())('attempts counted before the secret on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  const countRows = async (key: string) => {
    const [row] = await database.db
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.signInFailure)
      .where(sql`${schema.signInFailure.key} = ${key}`);
    return row?.n ?? 0;
  };

  it('grants at most the limit of 30 parallel attempts, each counted although its request rolled back', async () => {
    const attempt = { email: freshEmail(), ip: null };
    const keys = passwordAttemptKeys(attempt, limits);
    const gates = await Promise.all(
      Array.from({ length: 30 }, () =>
        runAs(database.db, { kind: 'anonymous' }, async (exec) => {
          const gate = await consumeAttempt(exec, keys, limits, t0);
          // A wrong secret: the request's transaction rolls back after the attempt was counted.
          throw Object.assign(new Error('wrong secret'), { gate });
        }).catch((error: unknown) => (error as { gate: AttemptGate }).gate),
      ),
    );
    expect(gates.filter((g) => g.allowed)).toHaveLength(limits.perAccount);
    expect(gates.filter((g) => !g.allowed)).toEqual(
      Array.from({ length: 30 - limits.perAccount }, () => ({
        allowed: false,
        retryAfterSeconds: 15 * 60,
      })),
    );
    expect(await countRows(keys[0]?.key ?? '')).toBe(limits.perAccount);
  });

  it('goes on as the same principal after committing the attempt', async () => {
    const userId = randomUUID();
    const seen = await runAs(database.db, { kind: 'user', userId }, async (exec) => {
      await consumeAttempt(exec, mfaAttemptKeys({ userId, ip: freshIp() }, limits), limits, t0);
      return selectRows<{ role: string; userId: string; orgId: string }>(
        exec.tx,
        sql`select current_user as role, current_setting('app.user_id', true) as "userId",
          current_setting('app.org_id', true) as "orgId"`,
      );
    });
    expect(seen).toEqual([{ role: APP_ROLE, userId, orgId: '' }]);
  });

  it('a right secret takes its attempt back from the IP and clears the account', async () => {
    const attempt = { email: freshEmail(), ip: freshIp() };
    const keys = passwordAttemptKeys(attempt, limits);
    for (let i = 0; i < 3; i++) {
      await runAs(database.db, { kind: 'anonymous' }, async (exec) => {
        await checkSecretUnderLimit(
          exec,
          { keys, clearKeys: [passwordClearKey(attempt.email)] },
          limits,
          at(i * 1000),
          () => Promise.resolve(false),
        );
      });
    }
    const right = await runAs(database.db, { kind: 'anonymous' }, (exec) =>
      checkSecretUnderLimit(
        exec,
        { keys, clearKeys: [passwordClearKey(attempt.email)] },
        limits,
        at(5000),
        () => Promise.resolve(true),
      ),
    );
    expect(right).toEqual({ ok: true });
    expect(await countRows(`account:${attempt.email}`)).toBe(0);
    expect(await countRows(`ip:${attempt.ip}`)).toBe(3);
  });

  it('answers rate_limited without running the check once the limit is reached', async () => {
    const userId = randomUUID();
    const keys = mfaAttemptKeys({ userId, ip: null }, limits);
    let checks = 0;
    const check = () => {
      checks++;
      return Promise.resolve(false);
    };
    const results = [];
    for (let i = 0; i < 7; i++) {
      results.push(
        await runAs(database.db, { kind: 'anonymous' }, (exec) =>
          checkSecretUnderLimit(exec, { keys, clearKeys: [] }, limits, at(i * MINUTE), check),
        ),
      );
    }
    expect(checks).toBe(limits.perAccount);
    expect(results.at(-1)).toEqual({ ok: false, reason: 'rate_limited', retryAfterSeconds: 540 });
  });
});
