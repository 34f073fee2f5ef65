import { asc, eq, sql, type SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, selectRows, type Db, type Tx } from './client';
import { APP_ROLE, runAs } from './context';
import type { Principal } from './principal';
import { appUser, medicalSystem, organization } from './schema/index';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';

const dialect = new PgDialect();

/** What the transaction carries, as the policies read it. */
const CONTEXT = sql`select current_user as role,
  coalesce(current_setting('app.user_id', true), '') as "userId",
  coalesce(current_setting('app.org_id', true), '') as "orgId",
  coalesce(current_setting('app.invitation_token_hash', true), '') as "tokenHash",
  coalesce(current_setting('app.platform_operator', true), '') as "platformOperator"`;

interface Seen {
  role: string;
  userId: string;
  orgId: string;
  tokenHash: string;
  platformOperator: string;
}

/** The application role with these settings, the others unset. */
const carrying = (settings: Partial<Omit<Seen, 'role'>>): Seen => ({
  role: APP_ROLE,
  userId: '',
  orgId: '',
  tokenHash: '',
  platformOperator: '',
  ...settings,
});

const rename = (tx: Tx, id: string, name: string) =>
  tx.update(organization).set({ name }).where(eq(organization.id, id));

/** `db`, recording the statements runAs sends through `tx.execute` before handing over. */
function recording(db: Db, sent: string[]): Db {
  const wrap = (tx: Tx): Tx =>
    new Proxy(tx, {
      get(target, property, receiver) {
        if (property !== 'execute') return Reflect.get(target, property, receiver) as unknown;
        return (query: SQL) => {
          sent.push(dialect.sqlToQuery(query).sql);
          return target.execute(query);
        };
      },
    });
  return new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'transaction') return Reflect.get(target, property, receiver) as unknown;
      return (fn: (tx: Tx) => Promise<unknown>) => target.transaction((tx) => fn(wrap(tx)));
    },
  });
}

describe.each(testDatabaseModes())('runAs on %s', (mode) => {
  let database: TestDatabase;
  /** One connection, so what a call left behind on it shows in the next query. */
  let single: { db: Db; close(): Promise<void> };
  let hospital: string;
  let vendor: string;
  let userId: string;

  beforeAll(async () => {
    database = await createTestDb(mode);
    single =
      mode === 'pglite'
        ? { db: database.db, close: () => Promise.resolve() }
        : await createDb({ url: database.url, maxConnections: 1 });
    // Written as the owner, outside any principal.
    const [h, v] = await database.db
      .insert(organization)
      .values([
        { kind: 'hospital', name: 'みなと病院' },
        { kind: 'vendor', name: '北浜システム' },
      ])
      .returning({ id: organization.id });
    if (!h || !v) throw new Error('no organizations');
    hospital = h.id;
    vendor = v.id;
    await database.db.insert(medicalSystem).values([
      { organizationId: hospital, name: '電子カルテ', category: 'ehr', serviceType: 'on_premise' },
      { organizationId: vendor, name: '保守端末', category: 'network', serviceType: 'cloud' },
    ]);
    const [user] = await database.db
      .insert(appUser)
      .values({ email: 'member@minato.test', displayName: '担当', passwordHash: 'x' })
      .returning({ id: appUser.id });
    userId = user?.id ?? '';
  });
  afterAll(async () => {
    await single.close();
    await database.close();
  });

  /** As the owner, outside any principal. */
  const nameOf = async (id: string) => {
    const [row] = await database.db
      .select({ name: organization.name })
      .from(organization)
      .where(eq(organization.id, id));
    return row?.name;
  };

  it('enters the application role and the whole context in one statement', async () => {
    const cases: [Principal, Seen][] = [
      [{ kind: 'anonymous' }, carrying({})],
      [
        { kind: 'member', userId, organizationId: hospital, role: 'admin' },
        carrying({ userId, orgId: hospital }),
      ],
      [
        { kind: 'operator', userId, organizationId: vendor },
        carrying({ userId, orgId: vendor, platformOperator: 'true' }),
      ],
      [
        { kind: 'invitee', tokenHash: 'hash', userId: null, organizationId: null },
        carrying({ tokenHash: 'hash' }),
      ],
      [
        { kind: 'job', name: 'sync', organizationId: hospital, platformOperator: true },
        carrying({ orgId: hospital, platformOperator: 'true' }),
      ],
    ];
    for (const [principal, expected] of cases) {
      const sent: string[] = [];
      const seen = await runAs(recording(database.db, sent), principal, async ({ tx }) => {
        const before = sent.length;
        const [row] = await selectRows<Seen>(tx, CONTEXT);
        return { before, row };
      });
      expect(seen.before, principal.kind).toBe(1);
      expect(sent[0]).toMatch(/^select set_config\('role', \$1, true\),/);
      expect(seen.row, principal.kind).toEqual(expected);
    }
  });

  it('leaves nothing on the connection after the call, whether it commits or fails', async () => {
    const member: Principal = { kind: 'member', userId, organizationId: hospital, role: 'owner' };
    await runAs(single.db, member, ({ tx }) => tx.select().from(organization));
    await expect(
      runAs(single.db, member, () => Promise.reject(new Error('the use-case failed'))),
    ).rejects.toThrow('the use-case failed');
    const [after] = await selectRows<Seen>(single.db, CONTEXT);
    expect(after?.role).not.toBe(APP_ROLE);
    expect(after).toMatchObject({ userId: '', orgId: '', tokenHash: '', platformOperator: '' });
  });

  it('rolls back everything a failing call wrote', async () => {
    const job = { kind: 'job', name: 'rename', organizationId: hospital } as const;
    await expect(
      runAs(database.db, job, async ({ tx }) => {
        await rename(tx, hospital, '改名病院');
        throw new Error('the job failed');
      }),
    ).rejects.toThrow('the job failed');
    expect(await nameOf(hospital)).toBe('みなと病院');
  });

  it('runs a job for one organization: it sees and changes that one only', async () => {
    const job = { kind: 'job', name: 'nightly-review', organizationId: hospital } as const;
    const names = (principal: Principal) =>
      runAs(database.db, principal, ({ tx }) =>
        tx
          .select({ name: medicalSystem.name })
          .from(medicalSystem)
          .orderBy(asc(medicalSystem.name)),
      );
    expect(await names(job)).toEqual([{ name: '電子カルテ' }]);
    expect(await names({ kind: 'job', name: 'nightly-review' })).toEqual([]);

    const renamed = await runAs(database.db, job, ({ tx }) =>
      tx
        .update(medicalSystem)
        .set({ name: sql`${medicalSystem.name} || '（確認済）'` })
        .returning({ organizationId: medicalSystem.organizationId }),
    );
    expect(renamed).toEqual([{ organizationId: hospital }]);
    const refused = await runAs(database.db, job, ({ tx }) =>
      tx
        .insert(medicalSystem)
        .values({ organizationId: vendor, name: '偽装', category: 'ehr', serviceType: 'cloud' }),
    ).catch((error: unknown) => String((error as Error).cause));
    expect(refused).toMatch(/row-level security/);
    const everything = await database.db
      .select({ name: medicalSystem.name })
      .from(medicalSystem)
      .orderBy(asc(medicalSystem.name));
    expect(everything).toEqual([{ name: '保守端末' }, { name: '電子カルテ（確認済）' }]);
  });

  it('builds the actor from the principal: a job acts as itself, a person as themself', async () => {
    const options = { ipAddress: '192.0.2.7', now: new Date('2026-12-08T00:00:00Z') };
    const jobActor = await runAs(
      database.db,
      { kind: 'job', name: 'digest', userId },
      ({ actor }) => Promise.resolve(actor),
      options,
    );
    expect(jobActor).toEqual({ userId: null, requestId: 'digest', ...options });
    const { requestId, actor } = await runAs(
      database.db,
      { kind: 'anonymous' },
      async (context) => {
        const person = await context.identify(userId);
        return { requestId: person.requestId, actor: person.actor };
      },
      { ...options, requestId: 'req-12345678' },
    );
    expect(requestId).toBe('req-12345678');
    expect(actor).toEqual({ userId, requestId, ...options });
  });

  it('switches only along the steps a call can take, setting the whole context each time', async () => {
    const seen = await runAs(database.db, { kind: 'anonymous' }, async (context) => {
      const person = await context.identify(userId);
      await expect(person.identify(userId)).rejects.toThrow(/identify/);
      await expect(person.actAs({ kind: 'anonymous' }, () => Promise.resolve())).rejects.toThrow(
        /actAs/,
      );
      const inside = await person.inOrganization(
        { organizationId: vendor, role: 'viewer' },
        async ({ tx, principal }) => ({ principal, row: (await selectRows<Seen>(tx, CONTEXT))[0] }),
      );
      const member = await person.enterOrganization({ organizationId: hospital, role: 'admin' });
      const [row] = await selectRows<Seen>(member.tx, CONTEXT);
      return { inside, principal: member.principal, row };
    });
    expect(seen.inside).toEqual({
      principal: { kind: 'member', userId, organizationId: vendor, role: 'viewer' },
      row: carrying({ userId, orgId: vendor }),
    });
    expect(seen.principal).toEqual({
      kind: 'member',
      userId,
      organizationId: hospital,
      role: 'admin',
    });
    expect(seen.row).toEqual(carrying({ userId, orgId: hospital }));
  });

  it('commits what came before commitSoFar and goes on as the same principal', async () => {
    const job = { kind: 'job', name: 'count-attempts', organizationId: vendor } as const;
    await expect(
      runAs(database.db, job, async (context) => {
        await rename(context.tx, vendor, '北浜システム（確認中）');
        await context.commitSoFar();
        expect(await selectRows<Seen>(context.tx, CONTEXT)).toEqual([carrying({ orgId: vendor })]);
        await rename(context.tx, vendor, '別名');
        throw new Error('the secret was wrong');
      }),
    ).rejects.toThrow('the secret was wrong');
    expect(await nameOf(vendor)).toBe('北浜システム（確認中）');
  });
});
