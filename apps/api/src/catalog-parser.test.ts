import { afterEach, describe, expect, it } from 'vitest';
import { parseCatalogFile, type OscalControl } from '@bunkai/catalogs';
import { generatedSp80053Shape, insertionBomb, richOscal } from '@bunkai/catalogs/oscal-fixtures';
import {
  CATALOG_PARSER_LIMITS,
  createCatalogParserPool,
  type CatalogParserLimits,
  type CatalogParserPool,
} from './catalog-parser';

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const sp80053 = encode(generatedSp80053Shape());

describe('catalog parsing threads', () => {
  let pool: CatalogParserPool | null = null;
  const open = (limits: Partial<CatalogParserLimits> = {}) => {
    pool = createCatalogParserPool({ ...CATALOG_PARSER_LIMITS, ...limits });
    return pool;
  };
  afterEach(async () => {
    await pool?.close();
    pool = null;
  });

  it('gives exactly what parsing on the event loop gives, valid file or not', async () => {
    const { parseCatalogFile: parseInThread } = open();
    const broken = encode({ catalog: { uuid: 'x', metadata: {} } });
    for (const content of [encode(richOscal), sp80053, broken]) {
      const [inThread, inline] = await Promise.all([
        parseInThread('oscal', content),
        parseCatalogFile('oscal', content),
      ]);
      expect(inThread).toEqual(inline);
    }
    const csv = new TextEncoder().encode('code,order,title_ja\nR-1,0,体制\n');
    const meta = {
      catalogCode: 'c',
      catalogTitleJa: '規程',
      catalogTitleEn: 'Rules',
      versionLabel: '1',
    };
    expect(await parseInThread('csv', csv, meta)).toEqual(await parseCatalogFile('csv', csv, meta));
  });

  it('refuses in Japanese and English, without failing, a parse that runs out of time', async () => {
    const result = await open({ timeoutMs: 1 }).parseCatalogFile('oscal', sp80053);
    expect(result.ok).toBe(false);
    const [issue] = result.ok ? [] : result.issues;
    expect(issue?.messages.ja).toContain('制限時間');
    expect(issue?.messages.en).toContain('longer than');
  });

  it('refuses a file whose parse outgrows the thread heap, and keeps parsing the next', async () => {
    // 6.8 MB: each of the 1,220 controls and enhancements with 4,000 characters of overview.
    const padded = generatedSp80053Shape();
    const pad = (controls: OscalControl[] = []): void => {
      for (const control of controls) {
        control.parts = [
          ...(control.parts ?? []),
          { id: `${control.id}_pad`, name: 'overview', prose: 'x'.repeat(4000) },
        ];
        pad(control.controls);
      }
    };
    for (const group of padded.catalog.groups ?? []) pad(group.controls);
    // The thread loads in less than this heap; the file's parse does not fit in it.
    const { parseCatalogFile: parse } = open({ maxHeapMb: 24 });
    const result = await parse('oscal', encode(padded));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues[0]?.messages.en).toContain('too large');
    expect(await parse('oscal', encode(richOscal))).toMatchObject({ ok: true });
  });

  it('refuses parses beyond the queue as busy while the accepted ones complete', async () => {
    const { parseCatalogFile: parse } = open({ maxQueue: 1 });
    const results = await Promise.all(Array.from({ length: 6 }, () => parse('oscal', sp80053)));
    const busy = results.flatMap((r) => (r.ok ? [] : r.issues.map((i) => i.messages.ja)));
    expect(busy.length).toBeGreaterThan(0);
    expect(new Set(busy)).toEqual(
      new Set(['他の取込を処理中です。しばらくしてからもう一度お試しください。']),
    );
    expect(results.filter((r) => r.ok).length).toBeGreaterThan(0);
  });

  it('refuses crafted files by path in the thread, long before its time or heap runs out', async () => {
    const { parseCatalogFile: parse } = open();
    const catalog = (control: object) =>
      encode({
        catalog: {
          uuid: '5d0b7a3e-2c4f-4e1a-9b6d-8f3e2a1c0b9d',
          metadata: { title: 'Crafted', version: '1' },
          groups: [
            { id: 'ac', title: 'Access', controls: [{ id: 'ac-1', title: 'C', ...control }] },
          ],
        },
      });
    // Before: a bomb of 100 values a level filled the 512 MB heap after 8 s; the repeat failed the
    // call ("Invalid string length"); the deep parts overflowed the thread's stack.
    const bomb = catalog({
      params: insertionBomb(),
      parts: [{ name: 'statement', prose: '{{ insert: param, p0 }}' }],
    });
    const repeat = catalog({
      params: [{ id: 'p', label: 'y'.repeat(10_000) }],
      parts: [{ name: 'statement', prose: '{{ insert: param, p }}'.repeat(200_000) }],
    });
    const levels = 100_000;
    const deepParts = new TextEncoder().encode(
      new TextDecoder()
        .decode(catalog({}))
        .replace(
          '"title":"C"',
          `"title":"C","parts":${'[{"name":"item","parts":'.repeat(levels)}[]${'}]'.repeat(levels)}`,
        ),
    );
    for (const [content, column] of [
      [bomb, 'catalog.groups[0].controls[0].params[0].values[0]'],
      [repeat, 'catalog.groups[0].controls[0].parts[0].prose'],
      [deepParts, /^catalog\.groups\[0\]\.controls\[0\]\.parts\[0\]/],
    ] as const) {
      const started = performance.now();
      const result = await parse('oscal', content);
      expect(performance.now() - started).toBeLessThan(CATALOG_PARSER_LIMITS.timeoutMs / 3);
      expect(result.ok).toBe(false);
      expect(result.ok ? null : result.issues[0]?.column).toMatch(column);
    }
  });
});
