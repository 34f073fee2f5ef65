import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvent, verifyAuditChain } from './audit';
import { runAs } from './context';
import { auditEvent, organization } from './schema/index';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';

describe.each(testDatabaseModes())('audit chain on %s', (mode) => {
  let database: TestDatabase;
  let orgId: string;
  beforeAll(async () => {
    database = await createTestDb(mode);
    const [org] = await database.db
      .insert(organization)
      .values({ kind: 'hospital', name: '監査病院' })
      .returning();
    if (!org) throw new Error('no organization');
    orgId = org.id;
  });
  afterAll(() => database.close());
  const job = () => ({ kind: 'job' as const, name: 'audit-test', organizationId: orgId });

  const append = (action: string, after: unknown) =>
    runAs(database.db, job(), ({ tx }) =>
      appendAuditEvent(tx, {
        organizationId: orgId,
        actorUserId: null,
        action,
        targetType: 'system',
        targetId: 'x',
        before: null,
        after,
      }),
    );

  it('chains events and verifies them', async () => {
    await append('system.create', { name: '電子カルテ', nested: { b: 1, a: [1, 2] } });
    await append('system.update', { name: 'PACS' });
    const verdict = await runAs(database.db, job(), ({ tx }) => verifyAuditChain(tx, orgId));
    expect(verdict).toEqual({ ok: true, events: 2 });
  });

  it('leaves no event when the mutation rolls back', async () => {
    const count = () =>
      runAs(database.db, job(), ({ tx }) =>
        tx.$count(auditEvent, eq(auditEvent.organizationId, orgId)),
      );
    const before = await count();
    await expect(
      runAs(database.db, job(), async ({ tx }) => {
        await appendAuditEvent(tx, {
          organizationId: orgId,
          actorUserId: null,
          action: 'system.delete',
          targetType: 'system',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await count()).toBe(before);
  });

  it('cannot be changed or deleted by the application role', async () => {
    const attempt = (statement: ReturnType<typeof sql>) =>
      runAs(database.db, job(), ({ tx }) => tx.execute(statement)).catch((error: unknown) =>
        String((error as Error).cause),
      );
    expect(await attempt(sql`update audit_event set action = 'x'`)).toMatch(/permission denied/);
    expect(await attempt(sql`delete from audit_event`)).toMatch(/permission denied/);
  });

  it('names the first broken link after a one-byte change', async () => {
    await append('system.update', { name: 'RIS' });
    // As the table owner (outside the application role), flip one byte of the second event.
    await database.db.execute(
      sql`update audit_event set action = 'system.updatf' where organization_id = ${orgId} and seq = 2`,
    );
    const verdict = await runAs(database.db, job(), ({ tx }) => verifyAuditChain(tx, orgId));
    expect(verdict).toMatchObject({
      ok: false,
      brokenAt: { seq: 2, reason: 'content does not match its hash' },
    });
  });
});
