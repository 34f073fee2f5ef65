import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertRows } from './bulk';
import { catalog, catalogVersion, requirement } from './schema/index';
import { createTestDb, testDatabaseModes, type TestDatabase } from './testing';

describe.each(testDatabaseModes())('insertRows on %s', (mode) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb(mode);
  });
  afterAll(() => database.close());

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
});
