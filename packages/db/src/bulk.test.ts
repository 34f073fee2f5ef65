import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from './bulk';
import { catalog, catalogVersion, requirement } from './schema/index';
import type { Tx } from './client';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';

/** The transaction, counting the statements sent through `execute`. */
function counting(tx: Tx): { tx: Tx; statements: () => number } {
  let n = 0;
  const counted = new Proxy(tx, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== 'execute' || typeof value !== 'function') return value;
      return (...args: unknown[]): unknown => {
        n += 1;
        return Reflect.apply(value, target, args);
      };
    },
  });
  return { tx: counted, statements: () => n };
}

describe.each(testDatabaseModes())('insertRows on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

  const newVersion = async (label: string) => {
    const [version] = await database.db.transaction(async (tx) => {
      const [c] = await tx
        .insert(catalog)
        .values({ code: `bulk-${label}`, titleJa: '一括', titleEn: 'Bulk' })
        .returning();
      return tx
        .insert(catalogVersion)
        .values({ catalogId: c?.id ?? '', label, status: 'draft', contentHash: 'x' })
        .returning();
    });
    return version?.id ?? '';
  };

  it('stores enum arrays, text arrays, jsonb and nulls as given, and defaults what no row sets', async () => {
    const [version] = await database.db.transaction(async (tx) => {
      const [c] = await tx
        .insert(catalog)
        .values({ code: 'bulk', titleJa: '一括', titleEn: 'Bulk' })
        .returning();
      return tx
        .insert(catalogVersion)
        .values({ catalogId: c?.id ?? '', label: '1', status: 'draft', contentHash: 'x' })
        .returning();
    });
    const catalogVersionId = version?.id ?? '';
    const row = (code: string, position: number) => ({
      catalogVersionId,
      code,
      parentCode: position === 0 ? null : 'A',
      position,
      siblingOrder: position,
      titleJa: `「${code}」の題`,
      titleEn: "It's a title",
      textJa: '本文\n二行目',
      textEn: '',
      audience: ['admin', 'vendor'] as ('admin' | 'vendor')[],
      level: null,
      facilitySizes: position === 0 ? [] : ['clinic'],
      defaultOwner: 'shared' as const,
      phase: null,
      checklistRefs: ['1-2'],
      unconfirmed: position === 1,
      oscal: { id: code.toLowerCase(), title: 'T', props: [{ name: 'label', value: code }] },
    });
    await database.db.transaction((tx) => insertRows(tx, requirement, [row('A', 0), row('B', 1)]));
    const stored = await database.db
      .select()
      .from(requirement)
      .where(eq(requirement.catalogVersionId, catalogVersionId))
      .orderBy(requirement.position);
    expect(stored).toEqual([
      {
        ...row('A', 0),
        id: expect.any(String) as string,
        organizationId: null,
        serviceTypes: [],
        kind: 'requirement',
        withdrawn: false,
      },
      {
        ...row('B', 1),
        id: expect.any(String) as string,
        organizationId: null,
        serviceTypes: [],
        kind: 'requirement',
        withdrawn: false,
      },
    ]);
  });

  it('keeps the default of a column a row leaves out, with one statement per set of columns', async () => {
    const catalogVersionId = await newVersion('defaults');
    const row = (position: number) => ({
      catalogVersionId,
      code: `R-${String(position)}`,
      position,
      siblingOrder: position,
      titleJa: '題',
      titleEn: '',
      textJa: '',
      textEn: '',
      audience: [],
      facilitySizes: [],
      checklistRefs: [],
      unconfirmed: false,
    });
    const rows = [
      ...Array.from({ length: 500 }, (_, i) => row(i)),
      { ...row(500), kind: 'group' as const, withdrawn: true },
      { ...row(501), kind: 'group' as const },
    ];
    const sent = await database.db.transaction(async (tx) => {
      const probe = counting(tx);
      await insertRows(probe.tx, requirement, rows);
      return probe.statements();
    });
    expect(sent).toBe(3);
    const stored = await database.db
      .select({ kind: requirement.kind, withdrawn: requirement.withdrawn })
      .from(requirement)
      .where(eq(requirement.catalogVersionId, catalogVersionId))
      .orderBy(requirement.position);
    expect(stored).toHaveLength(502);
    expect(stored.slice(498)).toEqual([
      { kind: 'requirement', withdrawn: false },
      { kind: 'requirement', withdrawn: false },
      { kind: 'group', withdrawn: true },
      { kind: 'group', withdrawn: false },
    ]);
  });
});
