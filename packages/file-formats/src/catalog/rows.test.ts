import { describe, expect, it } from 'vitest';
import { fixtureDoc, metaOf, trickyDoc } from './fixture';
import { docToRows, rowsToDoc } from './rows';

describe('rowsToDoc / docToRows', () => {
  it('round-trips the fixtures', () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      expect(rowsToDoc(docToRows(doc), metaOf(doc))).toEqual({ ok: true, value: doc });
    }
  });

  it('fills blanks with defaults: order by position among siblings, false, empty lists', () => {
    const result = rowsToDoc(
      [
        { code: 'A', title_ja: '章' },
        { code: 'A-1', parent_code: 'A', title_ja: '項1' },
        { code: 'B', title_ja: '章2', unconfirmed: 'はい', audience: ' Staff | VENDOR ' },
        { code: 'A-2', parent_code: 'A', title_ja: '項2', phase: 'Pre-Contract' },
      ],
      metaOf(fixtureDoc),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.requirements.map((r) => [r.code, r.order])).toEqual([
      ['A', 0],
      ['A-1', 0],
      ['B', 1],
      ['A-2', 1],
    ]);
    const b = result.value.requirements[2];
    expect(b).toMatchObject({ unconfirmed: true, audience: ['staff', 'vendor'], level: null });
    expect(result.value.requirements[3]?.phase).toBe('pre_contract');
  });

  it('skips blank rows but keeps counting them', () => {
    const result = rowsToDoc(
      [
        { code: 'A', title_ja: 'x' },
        { code: '', title_ja: ' ' },
        { code: 'B', title_ja: '' },
      ],
      metaOf(fixtureDoc),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([[4, 'title_ja']]);
  });

  it('reports header problems with row null and the meta by path', () => {
    const result = rowsToDoc([{ コード: 'A', タイトル: 'x', title_ja: 'y', 備考: '' }], {
      catalog: { code: '', titleJa: 'x', titleEn: 'x' },
      version: { label: '1', status: 'final' as 'draft' },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [null, 'title_ja'],
      [null, '備考'],
      [null, 'catalog.code'],
      [null, 'version.status'],
    ]);
    expect(result.issues[3]?.messages).toEqual({
      ja: '状態は draft, published, retired のいずれかです（入力: final）',
      en: 'version.status must be one of draft, published, retired (got "final")',
    });
  });

  it('finds parent loops', () => {
    const result = rowsToDoc(
      [
        { code: 'A', parent_code: 'B', title_ja: 'a' },
        { code: 'B', parent_code: 'A', title_ja: 'b' },
        { code: 'C', parent_code: 'C', title_ja: 'c' },
      ],
      metaOf(fixtureDoc),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'parent_code'],
      [3, 'parent_code'],
      [4, 'parent_code'],
    ]);
    expect(result.issues[0]?.messages.en).toBe(
      'Following the parents of A leads back to it (a loop)',
    );
  });
});
