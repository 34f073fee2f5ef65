import { describe, expect, it } from 'vitest';
import { CatalogVersionDoc, type CatalogVersionInput } from '@bunkai/guidelines';
import { canonicalRequirements, depthsIn, versionContentHash } from './catalogs';

type RequirementInput = CatalogVersionInput['requirements'][number];

/** A version of a small guideline: a chapter with two items, one with a sub-item. */
function guideline(
  change: (requirements: RequirementInput[]) => RequirementInput[] = (r) => r,
  version: Partial<CatalogVersionInput['version']> = {},
): CatalogVersionDoc {
  const requirements: RequirementInput[] = [
    { code: 'GL-1', order: 1, titleJa: '組織的安全管理', kind: 'group' },
    { code: 'GL-1-1', parentCode: 'GL-1', order: 1, titleJa: '責任者の設置', textJa: '定める。' },
    { code: 'GL-1-2', parentCode: 'GL-1', order: 2, titleJa: '委託先の管理' },
    { code: 'GL-1-2-a', parentCode: 'GL-1-2', order: 1, titleJa: '契約の確認' },
  ];
  return CatalogVersionDoc.parse({
    catalog: { code: 'gl', titleJa: 'ガイドライン', titleEn: 'Guideline' },
    version: { label: '1.0', effectiveDate: '2026-04-01', ...version },
    requirements: change(requirements),
  });
}

const edit = (code: string, fields: Partial<RequirementInput>) => (list: RequirementInput[]) =>
  list.map((r) => (r.code === code ? { ...r, ...fields } : r));

describe('versionContentHash: the same file again is the same version', () => {
  const base = versionContentHash(guideline());

  it('ignores line ends, outer spaces, the list order and gaps in the numbering', () => {
    const reshuffled = guideline((list) =>
      [...list].reverse().map((r) => ({
        ...r,
        order: r.order * 10,
        textJa: r.textJa === undefined ? undefined : `  ${r.textJa}\r\n`,
      })),
    );
    expect(versionContentHash(reshuffled)).toBe(base);
  });

  it('ignores the status and the catalog’s titles, which are not the version’s content', () => {
    const published = guideline((r) => r, { status: 'published' });
    published.catalog.titleJa = '別の名前';
    expect(versionContentHash(published)).toBe(base);
  });

  it('treats an explicit empty value as an omitted one', () => {
    const explicit = guideline(edit('GL-1-2', { textEn: '', level: null, audience: [] }));
    expect(versionContentHash(explicit)).toBe(base);
  });

  it('changes with a title, a flag, a move to another parent, swapped siblings or the date', () => {
    const changed = [
      guideline(edit('GL-1-1', { titleJa: '責任者の任命' })),
      guideline(edit('GL-1-1', { unconfirmed: true })),
      guideline(edit('GL-1-2-a', { parentCode: 'GL-1-1' })),
      guideline(edit('GL-1-1', { order: 3 })),
      guideline((r) => r, { effectiveDate: '2026-10-01' }),
    ].map(versionContentHash);
    expect(new Set([base, ...changed]).size).toBe(changed.length + 1);
  });
});

describe('canonicalRequirements', () => {
  it('lists the items as the document reads, each numbered among its siblings from 0', () => {
    const items = canonicalRequirements(
      guideline((list) => [...list].reverse().map((r) => ({ ...r, order: r.order * 5 })))
        .requirements,
    );
    expect(items.map((r) => [r.code, r.order])).toEqual([
      ['GL-1', 0],
      ['GL-1-1', 0],
      ['GL-1-2', 1],
      ['GL-1-2-a', 0],
    ]);
  });
});

describe('depthsIn', () => {
  it('gives the top of the tree depth 0 and each level below one more', () => {
    const parents = new Map(guideline().requirements.map((r) => [r.code, r.parentCode]));
    expect(Object.fromEntries(depthsIn(parents))).toEqual({
      'GL-1': 0,
      'GL-1-1': 1,
      'GL-1-2': 1,
      'GL-1-2-a': 2,
    });
  });
});
