import { describe, expect, it } from 'vitest';
import { fixtureDoc, trickyDoc } from './fixture';
import { exportCatalogJson, importCatalogJson } from './json';
import { insertionBomb } from './oscal-fixtures';

describe('JSON', () => {
  it('round-trips losslessly', () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      expect(importCatalogJson(exportCatalogJson(doc))).toEqual({ ok: true, value: doc });
      expect(importCatalogJson(Buffer.from(`\uFEFF${exportCatalogJson(doc)}`))).toEqual({
        ok: true,
        value: doc,
      });
    }
  });

  it('writes the same text whatever the key order of the input', () => {
    const reversed = JSON.parse(
      JSON.stringify(fixtureDoc, (_key, value: unknown) =>
        value !== null && typeof value === 'object' && !Array.isArray(value)
          ? Object.fromEntries(Object.entries(value).reverse())
          : value,
      ),
    ) as typeof fixtureDoc;
    expect(Object.keys(reversed)[0]).toBe('requirements');
    const text = exportCatalogJson(reversed);
    expect(text).toBe(exportCatalogJson(fixtureDoc));
    expect(text.split('\n').slice(0, 3)).toEqual(['{', '  "catalog": {', '    "code": "mhlw-gl",']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('locates every problem: requirement number and field, or the metadata path', () => {
    const input = JSON.parse(exportCatalogJson(fixtureDoc)) as {
      catalog: Record<string, unknown>;
      requirements: Record<string, unknown>[];
    };
    delete input.catalog.code;
    const [, second, third] = input.requirements;
    if (!second || !third) throw new Error('the fixture has three requirements');
    second.audience = ['management', 'boss'];
    third.code = 'G-1';
    third.order = 1.5;
    const result = importCatalogJson(JSON.stringify(input));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        row: null,
        column: 'catalog.code',
        messages: { ja: 'カタログコードは必須です', en: 'catalog.code is required' },
      },
      {
        row: 2,
        column: 'audience',
        messages: {
          ja: '対象者は management, admin, staff, vendor のいずれかです（入力: boss）',
          en: 'audience must be one of management, admin, staff, vendor (got "boss")',
        },
      },
      {
        row: 3,
        column: 'order',
        messages: {
          ja: '順序は整数で指定します（入力: 1.5）',
          en: 'order must be a whole number (got 1.5)',
        },
      },
      {
        row: 3,
        column: 'code',
        messages: {
          ja: 'コード G-1 が重複しています（最初は 2 件目）',
          en: 'Duplicate code G-1 (first as item 2)',
        },
      },
    ]);
  });

  it('reports text that is not JSON', () => {
    const result = importCatalogJson('{"catalog":');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ row: null, column: null });
  });

  it('refuses JSON nested 100,000 levels deep, control characters and too deep a tree, by path', () => {
    const text = exportCatalogJson(fixtureDoc);
    const deep = 100_000;
    const nested = text.replace(
      '"label": "6.0"',
      `"label": "6.0", "extra": ${'['.repeat(deep)}${']'.repeat(deep)}`,
    );
    const started = performance.now();
    const tooDeep = importCatalogJson(nested);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(tooDeep.ok ? [] : tooDeep.issues.map((i) => i.messages.en)).toEqual([
      `version.extra${'[0]'.repeat(98)}: the JSON nests more than 100 levels deep`,
    ]);

    const nul = importCatalogJson(
      text.replace('"titleJa": "経営管理編"', '"titleJa": "経営\\u0000"'),
    );
    expect(nul.ok ? [] : nul.issues.map((i) => i.column)).toEqual(['requirements[0].titleJa']);

    const chain = {
      ...fixtureDoc,
      requirements: Array.from({ length: 40 }, (_, i) => ({
        ...fixtureDoc.requirements[0],
        code: `C${String(i)}`,
        parentCode: i === 0 ? null : `C${String(i - 1)}`,
      })),
    };
    const deepTree = importCatalogJson(JSON.stringify(chain));
    expect(deepTree.ok ? [] : deepTree.issues.map((i) => [i.row, i.column])).toEqual([
      [33, 'parentCode'],
    ]);
  });

  it('refuses stored OSCAL nodes whose insertions would add more than 10 M characters', () => {
    const bomb = {
      ...fixtureDoc,
      requirements: fixtureDoc.requirements.map((r, i) =>
        i === 0
          ? {
              ...r,
              oscal: {
                title: r.titleJa,
                params: insertionBomb(),
                parts: [{ name: 'guidance', prose: '{{ insert: param, p0 }}' }],
              },
            }
          : r,
      ),
    };
    const result = importCatalogJson(JSON.stringify(bomb));
    expect(result.ok ? [] : result.issues.map((i) => [i.row, i.column])).toEqual([
      [1, 'oscal.params[0].values[0]'],
    ]);
  });
});
