import { describe, expect, it } from 'vitest';
import { renderMatrixCsv } from './csv';
import { ehrDoc, importedRows, pacsDoc } from './fixture';
import type { MatrixFileDoc } from './model';
import { parseMatrixFile } from './parse';

const HEADER =
  'システム,項番,章,項目,内容,医療機関,事業者,対象外,フェーズ,医療機関の対応,事業者の対応,初回確認,確認日,完了日,状態,医療機関確認者,事業者確認者,根拠,未確認';

const crlf = (lines: string[]) => lines.join('\r\n') + '\r\n';

let sjisTable: Map<string, number[]> | undefined;

/** Text as Japanese Excel saves "CSV (コンマ区切り)": Shift_JIS, built from the decoder's table. */
function shiftJis(text: string): Uint8Array {
  if (!sjisTable) {
    sjisTable = new Map();
    const decoder = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(Uint8Array.of(lead, trail));
        if (ch.length === 1 && ch !== '\ufffd' && !sjisTable.has(ch))
          sjisTable.set(ch, [lead, trail]);
      }
    }
  }
  const table = sjisTable;
  return Uint8Array.from(
    Array.from(text).flatMap((ch) => {
      const code = ch.charCodeAt(0);
      if (code < 0x80) return [code];
      const bytes = table.get(ch);
      if (!bytes) throw new Error(`not in Shift_JIS: ${ch}`);
      return bytes;
    }),
  );
}

describe('matrix CSV', () => {
  it('writes UTF-8 with a BOM, CRLF, the system column first and Japanese labels', () => {
    const bytes = renderMatrixCsv([ehrDoc]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const records = text.split('\r\n');
    expect(records[0]).toBe(HEADER);
    expect(records[1]).toBe(
      '電子カルテシステム,1-1,1 契約・責任分界,役割分担の明確化,医療情報システムの運用に係る医療機関等と事業者の役割分担を、契約の締結前に文書で明確にする。,○,○,,契約前,役割分担案を確認し、院内の責任者（企画管理者）を定める。,役割分担案とサービス仕様書（SLA を含む）を提示する。,はい,2025-02-13,2025-03-31,合意済,山田 太郎,佐藤 花子,"契約条項: 業務委託契約書 (第12条)\nSLA条項: サービスレベル合意書 (別紙2)",○',
    );
    // A line break inside a cell stays a bare LF, inside quotes.
    expect(records[2]).toMatch(/,"職員の利用者 ID を発行し、年1回棚卸しする。\n退職者の/);
    expect(records).toHaveLength(ehrDoc.rows.length + 2);
    expect(records.at(-1)).toBe('');
  });

  it('round-trips a whole workspace, one sheet per system', async () => {
    const bytes = renderMatrixCsv([ehrDoc, pacsDoc]);
    expect(await parseMatrixFile('csv', bytes)).toEqual({
      ok: true,
      value: [
        { systemName: ehrDoc.systemName, rows: importedRows(ehrDoc, 2) },
        // Row numbers count CSV records, the header being row 1.
        { systemName: pacsDoc.systemName, rows: importedRows(pacsDoc, 2 + ehrDoc.rows.length) },
      ],
    });
  });

  it('reads a file without the system column as one sheet with no system name', async () => {
    const text = new TextDecoder().decode(renderMatrixCsv([ehrDoc]));
    const withoutSystem = text
      .replace(/^\uFEFF/, '')
      .replace(/^システム,/, '')
      .replaceAll('\r\n電子カルテシステム,', '\r\n');
    expect(await parseMatrixFile('csv', new TextEncoder().encode(withoutSystem))).toEqual({
      ok: true,
      value: [{ systemName: null, rows: importedRows(ehrDoc, 2) }],
    });
  });

  it('accepts Shift_JIS, as Japanese Excel saves CSV', async () => {
    const bytes = shiftJis(
      crlf([
        '項番,医療機関,事業者,対象外,フェーズ,医療機関の対応,事業者の対応,完了日',
        '2-1,○,,,運用,利用者IDを棚卸しする,,2025/4/1',
        '4-1,,〇,,契約終了,,データを返却する,',
      ]),
    );
    expect(await parseMatrixFile('csv', bytes)).toEqual({
      ok: true,
      value: [
        {
          systemName: null,
          rows: [
            {
              row: 2,
              code: '2-1',
              ownerSide: 'hospital',
              phase: 'operate',
              hospitalDuty: '利用者IDを棚卸しする',
              vendorDuty: '',
              dueDate: '2025-04-01',
            },
            {
              row: 3,
              code: '4-1',
              ownerSide: 'vendor',
              phase: 'exit',
              hospitalDuty: '',
              vendorDuty: 'データを返却する',
              dueDate: null,
            },
          ],
        },
      ],
    });
  });

  it("guards cells Excel would run as formulas with a leading ' and reads them back", async () => {
    const [, row] = ehrDoc.rows;
    if (!row) throw new Error('fixture has fewer rows');
    const tricky: MatrixFileDoc = {
      ...ehrDoc,
      systemName: '=cmd',
      rows: [{ ...row, hospitalDuty: '=1+1 で合計する', vendorDuty: '@SUM(A1) ではない' }],
    };
    const text = new TextDecoder().decode(renderMatrixCsv([tricky]));
    expect(text).toContain("'=cmd,2-1,");
    expect(text).toContain(",'=1+1 で合計する,'@SUM(A1) ではない,");
    const parsed = await parseMatrixFile('csv', renderMatrixCsv([tricky]));
    expect(parsed.ok && parsed.value).toEqual([
      {
        systemName: '=cmd',
        rows: [
          expect.objectContaining({
            hospitalDuty: '=1+1 で合計する',
            vendorDuty: '@SUM(A1) ではない',
          }),
        ],
      },
    ]);
  });

  it('returns every problem with its row and column, in ja and en', async () => {
    const csv = crlf([
      'メモ: 編集用',
      'system,code,hospital,vendor,not_applicable,phase,hospital_duty,vendor_duty,due_date',
      'EHR,1-1,x,,x,build,,,',
      'EHR,1-2,,,,later,,,2025-02-30',
      'PACS,1-1,,x,,exit,,,',
      ',1-3,x,,,,,,',
      'EHR,1-2,x,,,,,,',
      `EHR,,x,,,,,${'長'.repeat(4001)},`,
    ]);
    const result = await parseMatrixFile('csv', new TextEncoder().encode(csv));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column, i.messages.ja, i.messages.en])).toEqual([
      [
        3,
        'not_applicable',
        '対象外と医療機関の両方に○があります。どちらかにしてください',
        'Both not_applicable and hospital are marked; mark one or the other',
      ],
      [
        4,
        'phase',
        'フェーズは 契約前、導入・構築、運用、インシデント対応、契約終了・移行 のいずれかです（入力: later）',
        'phase must be one of 契約前, 導入・構築, 運用, インシデント対応, 契約終了・移行 or pre_contract, build, operate, incident, exit (got "later")',
      ],
      [
        4,
        'due_date',
        '完了日は YYYY-MM-DD 形式の日付です（入力: 2025-02-30）',
        'due_date must be a date as YYYY-MM-DD (got "2025-02-30")',
      ],
      [6, 'system', 'システムが空欄です', 'system is blank'],
      [
        7,
        'code',
        '項番 1-2 が重複しています（最初は 4 行目）',
        'Duplicate code 1-2 (first on row 4)',
      ],
      [8, 'code', '項番は必須です', 'code is required'],
      [
        8,
        'vendor_duty',
        '事業者の対応は4000文字以内です',
        'vendor_duty must be at most 4000 characters',
      ],
    ]);
  });

  it('reports unreadable files and a missing header row', async () => {
    const broken = await parseMatrixFile('csv', new TextEncoder().encode('項番,"閉じない\r\n'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.issues[0]?.messages.en).toMatch(/^The CSV cannot be read/);

    const notText = await parseMatrixFile('csv', Uint8Array.of(0x82, 0xff, 0xfe, 0x00, 0x81));
    expect(notText.ok).toBe(false);
    if (!notText.ok) {
      expect(notText.issues[0]?.messages.en).toBe(
        'The file is not readable text; save it as UTF-8 CSV',
      );
    }

    const noHeader = await parseMatrixFile('csv', new TextEncoder().encode('a,b\r\n1,2\r\n'));
    expect(noHeader.ok).toBe(false);
    if (!noHeader.ok) {
      expect(noHeader.issues.map((i) => [i.row, i.column, i.messages.en])).toEqual([
        [
          null,
          null,
          'No header row found: a "項番" (code) column header must be within the first 20 rows',
        ],
      ]);
    }
  });
});
