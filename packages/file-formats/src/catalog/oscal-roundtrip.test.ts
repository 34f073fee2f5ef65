import { describe, expect, it } from 'vitest';
import { CatalogVersionDoc } from '@bunkai/guidelines';
import { fixtureDoc } from './fixture';
import { exportCatalogOscal, importCatalogOscal, validateOscalCatalog } from './oscal';
import { generatedSp80053Shape, richOscal } from './oscal-fixtures';

function imported(json: unknown): CatalogVersionDoc {
  const result = importCatalogOscal(json);
  if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
  return result.value;
}

describe('OSCAL round trip', () => {
  it('gives a foreign catalog back member by member', () => {
    const doc = imported(richOscal);
    const again = exportCatalogOscal(doc);
    expect(validateOscalCatalog(again)).toEqual([]);
    // ids, group tree, params, parts, props, links, labels, withdrawn, order, metadata, back matter
    expect(again).toEqual(richOscal);
    expect(imported(JSON.parse(JSON.stringify(again)))).toEqual(doc);
  });

  it('keeps kinds, withdrawn status and the tree, and renders parameters in the text', () => {
    const doc = imported(JSON.stringify(richOscal));
    const byCode = new Map(doc.requirements.map((r) => [r.code, r]));
    expect(
      doc.requirements.map((r) => [r.code, r.parentCode, r.order, r.kind, r.withdrawn]),
    ).toEqual([
      ['ac', null, 0, 'group', false],
      ['ac-rem', 'ac', 0, 'group', false],
      ['ac-17', 'ac-rem', 0, 'requirement', false],
      ['ac-17.1', 'ac-17', 0, 'requirement', false],
      ['ac-17.5', 'ac-17', 1, 'requirement', true],
      ['ac-2', 'ac', 1, 'requirement', false],
      ['ac-13', 'ac', 2, 'requirement', true],
      ['au', null, 1, 'group', false],
      ['au-6', 'au', 0, 'requirement', false],
      ['si-4', null, 2, 'requirement', false],
    ]);
    expect(byCode.get('ac-17')?.textEn).toBe(
      [
        'a. Establish [Assignment: usage restrictions] for each type of remote access; and',
        '  1. Allow only [Selection (one or more): VPN; dedicated line; remote desktop gateway].',
        'b. Authorize each type of remote access before allowing it.',
      ].join('\n'),
    );
    expect(byCode.get('ac-2')?.textEn).toBe('Review accounts annually.');
    expect(byCode.get('ac-13')?.oscal?.links?.map((l) => l.rel)).toEqual([
      'incorporated-into',
      'incorporated-into',
    ]);
    expect(doc.version.oscal?.backMatter).toHaveLength(1);
  });

  it('exports the same uuid for the same content and another for changed content', () => {
    const bundled = CatalogVersionDoc.parse(fixtureDoc);
    const first = exportCatalogOscal(bundled);
    expect(exportCatalogOscal(structuredClone(bundled))).toEqual(first);
    expect(validateOscalCatalog(first)).toEqual([]);
    const changed = structuredClone(bundled);
    const [r] = changed.requirements;
    if (!r) throw new Error('the fixture has requirements');
    r.textJa = `${r.textJa} 改訂`;
    expect(exportCatalogOscal(changed).catalog.uuid).not.toBe(first.catalog.uuid);
    // Never the clock: the version's own dates, else a fixed one.
    expect(first.catalog.metadata['last-modified']).not.toMatch(
      new Date().toISOString().slice(0, 10),
    );
    expect(exportCatalogOscal(imported(richOscal)).catalog.uuid).toBe(richOscal.catalog.uuid);
  });

  it('marks bundled-style groups as OSCAL groups and back', () => {
    const doc = CatalogVersionDoc.parse({
      ...fixtureDoc,
      requirements: [
        { code: 'S', order: 0, titleJa: '節', kind: 'group' },
        { code: 'S-1', parentCode: 'S', order: 0, titleJa: '項目', level: 'A' },
        { code: 'S-2', parentCode: 'S', order: 1, titleJa: '廃止', withdrawn: true },
        { code: 'E', order: 1, titleJa: '空の節', kind: 'group' },
      ],
    });
    const oscal = exportCatalogOscal(doc);
    expect(validateOscalCatalog(oscal)).toEqual([]);
    expect(oscal.catalog.groups?.map((g) => g.id)).toEqual(['S', 'E']);
    expect(oscal.catalog.controls).toBeUndefined();
    expect(imported(oscal)).toEqual(doc);
  });

  it('refuses other OSCAL models, naming them and where they go', () => {
    const cases: [string, RegExp][] = [
      ['component-definition', /disclosures?.*coming later/],
      ['system-security-plan', /not importable as a catalog/],
      ['profile', /resolved catalog/],
      ['assessment-results', /not importable as a catalog/],
    ];
    for (const [root, en] of cases) {
      const result = importCatalogOscal({ [root]: { uuid: 'x', metadata: { title: 't' } } });
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.issues).toHaveLength(1);
      expect(result.issues[0]?.row).toBeNull();
      expect(result.issues[0]?.messages.en).toContain(root);
      expect(result.issues[0]?.messages.en).toMatch(en);
      expect(result.issues[0]?.messages.ja).toContain(root);
    }
  });

  it('takes a catalog of SP 800-53 rev. 5 size and gives it back', () => {
    const big = generatedSp80053Shape();
    const text = JSON.stringify(big);
    expect(text.length).toBeGreaterThan(1_500_000);
    const doc = imported(text);
    const controls = doc.requirements.filter((r) => r.kind === 'requirement');
    expect(controls).toHaveLength(1200);
    expect(controls.filter((r) => r.withdrawn)).toHaveLength(60);
    const again = exportCatalogOscal(doc);
    expect(again).toEqual(big);
    expect(validateOscalCatalog(again)).toEqual([]);
  });
});
