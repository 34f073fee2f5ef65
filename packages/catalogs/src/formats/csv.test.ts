import { describe, expect, it } from 'vitest';
import { catalogTemplateCsv, exportCatalogCsv, importCatalogCsv } from './csv';
import { fixtureDoc, metaOf, trickyDoc } from './fixture';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

describe('CSV', () => {
  it('round-trips losslessly, from text and from bytes', () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      const csv = exportCatalogCsv(doc);
      expect(importCatalogCsv(csv, metaOf(doc))).toEqual({ ok: true, value: doc });
      expect(importCatalogCsv(Buffer.from(csv, 'utf8'), metaOf(doc))).toEqual({
        ok: true,
        value: doc,
      });
    }
  });

  it('writes UTF-8 with a BOM, CRLF and the documented header', () => {
    const bytes = Buffer.from(exportCatalogCsv(fixtureDoc), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\r\n')[0]).toBe(
      'code,parent_code,order,title_ja,title_en,text_ja,text_en,audience,level,facility_sizes,service_types,default_owner,phase,checklist_refs,unconfirmed,kind,withdrawn',
    );
    // A line break inside a text stays a bare LF, inside quotes.
    expect(text.split('\r\n')[2]).toMatch(
      /^G-1,G,0,安全管理に関する責任・責務,Responsibility for security management,"経営層は安全管理の責任を負う。\n必要な/,
    );
  });

  it("guards cells Excel would run as formulas with a leading '", () => {
    const text = exportCatalogCsv(trickyDoc);
    expect(text).toContain("'=SUM(A1:A2) は数式ではない");
    expect(text).toContain(`"'-箇条書きで始まる本文`);
    expect(text).toContain("''単独の項目");
    expect(text).toContain("'+ plus");
  });

  it('reads Japanese headers, LF line ends and Shift_JIS bytes', () => {
    const lf =
      'コード,親コード,タイトル,対象者,未確認\nA,,章,management|staff,1\nA-1,A,項,,いいえ\n';
    const result = importCatalogCsv(lf, metaOf(fixtureDoc));
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.requirements.map((r) => [r.code, r.parentCode, r.unconfirmed])).toEqual([
        ['A', null, true],
        ['A-1', 'A', false],
      ]);
    }
    // "コード,タイトル\r\nA,テスト\r\n" as Japanese Excel saves it.
    const sjis = Uint8Array.from([
      0x83, 0x52, 0x81, 0x5b, 0x83, 0x68, 0x2c, 0x83, 0x5e, 0x83, 0x43, 0x83, 0x67, 0x83, 0x8b,
      0x0d, 0x0a, 0x41, 0x2c, 0x83, 0x65, 0x83, 0x58, 0x83, 0x67, 0x0d, 0x0a,
    ]);
    const fromSjis = importCatalogCsv(sjis, metaOf(fixtureDoc));
    expect(fromSjis.ok && fromSjis.value.requirements[0]?.titleJa).toBe('テスト');
  });

  it('returns every problem of a malformed file, by row and column, in both languages', () => {
    const csv = crlf([
      'code,parent_code,order,title_ja,audience,unconfirmed',
      '1,,0,第1章,management,false',
      '1.1,1,0,項目A,boss,false',
      '1.2,1,1,,staff,false',
      '1.1,1,2,重複した項目,staff,false',
      '1.3,9,3,親のない項目,staff,false',
      '1.4,1,x,数でない順序,"staff, vendor",maybe',
    ]);
    const result = importCatalogCsv(csv, metaOf(fixtureDoc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        row: 3,
        column: 'audience',
        messages: {
          ja: '対象者は management, admin, staff, vendor のいずれかです（入力: boss）',
          en: 'audience must be one of management, admin, staff, vendor (got "boss")',
        },
      },
      {
        row: 4,
        column: 'title_ja',
        messages: { ja: 'タイトル（日本語）は必須です', en: 'The Japanese title is required' },
      },
      {
        row: 5,
        column: 'code',
        messages: {
          ja: 'コード 1.1 が重複しています（最初は 3 行目）',
          en: 'Duplicate code 1.1 (first on row 3)',
        },
      },
      {
        row: 6,
        column: 'parent_code',
        messages: { ja: '親コード 9 がありません', en: 'Parent 9 does not exist' },
      },
      {
        row: 7,
        column: 'order',
        messages: {
          ja: '順序は0以上の整数です（入力: x）',
          en: 'order must be a whole number, 0 or more (got "x")',
        },
      },
      {
        row: 7,
        column: 'audience',
        messages: {
          ja: '対象者は management, admin, staff, vendor のいずれかです（入力: staff, vendor）（複数は | で区切ります）',
          en: 'audience must be one of management, admin, staff, vendor (got "staff, vendor") (separate several with |)',
        },
      },
      {
        row: 7,
        column: 'unconfirmed',
        messages: {
          ja: '未確認は true か false です（1/0、yes/no、はい/いいえ も可）（入力: maybe）',
          en: 'unconfirmed must be true or false (or 1/0, yes/no, はい/いいえ) (got "maybe")',
        },
      },
    ]);
  });

  it('reads facility sizes and service types, and names a bad one by row and column', () => {
    const csv = crlf([
      'コード,タイトル,施設規模,サービス形態',
      'A,クラウド,clinic,Cloud | hybrid',
      'B,どれでも,,',
      'C,誤り,hospital,saas',
    ]);
    const result = importCatalogCsv(csv, metaOf(fixtureDoc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        row: 4,
        column: '施設規模',
        messages: {
          ja: '施設規模は large_hospital, medium_hospital, small_hospital, clinic, pharmacy のいずれかです（入力: hospital）',
          en: '施設規模 must be one of large_hospital, medium_hospital, small_hospital, clinic, pharmacy (got "hospital")',
        },
      },
      {
        row: 4,
        column: 'サービス形態',
        messages: {
          ja: 'サービス形態は on_premise, cloud, hybrid のいずれかです（入力: saas）',
          en: 'サービス形態 must be one of on_premise, cloud, hybrid (got "saas")',
        },
      },
    ]);
    const fixed = importCatalogCsv(
      csv.replace('hospital,saas', 'pharmacy,on-premise'),
      metaOf(fixtureDoc),
    );
    expect(fixed.ok).toBe(true);
    if (!fixed.ok) return;
    expect(fixed.value.requirements.map((r) => [r.code, r.facilitySizes, r.serviceTypes])).toEqual([
      ['A', ['clinic'], ['cloud', 'hybrid']],
      ['B', [], []],
      ['C', ['pharmacy'], ['on_premise']],
    ]);
  });

  it('reports a missing code column once and still checks every row', () => {
    const csv = crlf(['title_ja,audience,remarks', '項目A,staff,', '項目B,boss,', ',admin,']);
    const result = importCatalogCsv(csv, metaOf(fixtureDoc));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column, i.messages.en])).toEqual([
      [null, 'remarks', expect.stringContaining('Unknown column "remarks"')],
      [null, 'code', 'The required column "code" is missing'],
      [3, 'audience', expect.stringContaining('got "boss"')],
      [4, 'title_ja', 'The Japanese title is required'],
    ]);
    expect(result.issues[1]?.messages.ja).toBe('必須の列「code」（コード）がありません');
  });

  it('reports unreadable CSV and cells without a header', () => {
    const broken = importCatalogCsv('code,title_ja\r\nA,"unclosed\r\n', metaOf(fixtureDoc));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.messages.en).toMatch(/^The CSV cannot be read/);

    const extra = importCatalogCsv('code,title_ja\r\nA,x,stray\r\n', metaOf(fixtureDoc));
    expect(extra.ok).toBe(false);
    if (!extra.ok) expect(extra.issues.map((i) => [i.row, i.column])).toEqual([[2, '#3']]);
  });

  it('offers a template with the example row, which imports as it is', () => {
    const result = importCatalogCsv(catalogTemplateCsv(), metaOf(fixtureDoc));
    expect(result.ok && result.value.requirements).toEqual([
      expect.objectContaining({
        code: '1',
        titleJa: '情報セキュリティ方針の策定',
        phase: 'operate',
      }),
    ]);
  });

  it('reads an empty file as missing columns', () => {
    const result = importCatalogCsv('', metaOf(fixtureDoc));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => i.column)).toEqual(['code', 'title_ja']);
    }
  });

  it('refuses a 20,000-deep parent chain quickly, once, at its first row past 32 levels', () => {
    const lines = ['code,parent_code,title_ja', 'C0,,深い'];
    for (let i = 1; i < 20_000; i++) lines.push(`C${String(i)},C${String(i - 1)},深い`);
    const started = performance.now();
    const result = importCatalogCsv(lines.join('\n'), metaOf(fixtureDoc));
    // Before: 53 s, and the file was accepted (the import then overflowed the stack).
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        row: 34,
        column: 'parent_code',
        messages: {
          ja: '親コードをたどると C32 は 33 階層目です（32 階層まで）',
          en: 'Following the parents of C32, it sits at level 33 (at most 32 levels)',
        },
      },
    ]);
    expect(importCatalogCsv(lines.slice(0, 33).join('\n'), metaOf(fixtureDoc)).ok).toBe(true);
  });

  it('refuses a control character in a cell at its row and column', () => {
    const result = importCatalogCsv(
      'code,title_ja,text_en\nR-1,規程,"tab\tand\nbreak"\nR-2,規程\u0000,DEL\u007f\n',
      metaOf(fixtureDoc),
    );
    expect(result.ok ? [] : result.issues).toEqual([
      {
        row: 3,
        column: 'title_ja',
        messages: {
          ja: 'タイトルに制御文字が含まれています（タブと改行以外は使えません）',
          en: 'title_ja contains a control character (only tab and line breaks are allowed)',
        },
      },
      expect.objectContaining({ row: 3, column: 'text_en' }),
    ]);
  });
});
