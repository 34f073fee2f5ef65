import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { MATRIX_COLUMNS, SUMMARY_SHEET } from './columns';
import { ehrDoc, importedRows, pacsDoc } from './fixture';
import type { MatrixFileDoc } from './model';
import { parseMatrixFile } from './parse';
import {
  MATRIX_HEADER_ROW,
  SUMMARY_HEADERS,
  SUMMARY_HEADER_ROW,
  matrixSheetNames,
  renderMatrixXlsx,
} from './xlsx';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function rowValues(ws: ExcelJS.Worksheet, row: number, width: number): unknown[] {
  return Array.from({ length: width }, (_, i) => ws.getRow(row).getCell(i + 1).value);
}

const FIRST = MATRIX_HEADER_ROW + 1;

describe('matrix XLSX', () => {
  it('round-trips every row of every system sheet', async () => {
    const bytes = await renderMatrixXlsx([ehrDoc, pacsDoc]);
    expect(await parseMatrixFile('xlsx', bytes)).toEqual({
      ok: true,
      value: [
        { systemName: ehrDoc.systemName, rows: importedRows(ehrDoc, FIRST) },
        // The sheet name had to change; the title line keeps the exact system name.
        { systemName: pacsDoc.systemName, rows: importedRows(pacsDoc, FIRST) },
      ],
    });
  });

  it('lays out the 確認表: title lines, Japanese headers, marks, labels and dates', async () => {
    const workbook = await load(await renderMatrixXlsx([ehrDoc, pacsDoc]));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual([
      SUMMARY_SHEET,
      '電子カルテシステム',
      // Full-width for what Excel forbids, then cut at 31 characters.
      'PACS／放射線部門： 画像保存通信システム（本院・分院・健診',
    ]);
    const ws = sheet(workbook, '電子カルテシステム');
    expect(rowValues(ws, 1, 1)).toEqual(['役割分担等に関する確認表（責任分界表）']);
    expect(rowValues(ws, 2, 2)).toEqual(['医療機関', '地域医療センター病院']);
    expect(rowValues(ws, 3, 2)).toEqual(['事業者', '株式会社メディカルクラウド']);
    expect(rowValues(ws, 4, 2)).toEqual(['システム', '電子カルテシステム']);
    expect(rowValues(ws, 5, 2)).toEqual([
      'カタログ',
      '医療情報システムの契約における当事者間の役割分担等に関する確認表（2024）',
    ]);
    expect(rowValues(ws, 6, 2)).toEqual(['出力日時', '2025-03-15 15:30']);
    expect(rowValues(ws, MATRIX_HEADER_ROW, MATRIX_COLUMNS.length)).toEqual([
      '項番',
      '章',
      '項目',
      '内容',
      '医療機関',
      '事業者',
      '対象外',
      'フェーズ',
      '医療機関の対応',
      '事業者の対応',
      '初回確認',
      '確認日',
      '完了日',
      '状態',
      '医療機関確認者',
      '事業者確認者',
      '根拠',
      '未確認',
    ]);
    expect(rowValues(ws, FIRST, MATRIX_COLUMNS.length)).toEqual([
      '1-1',
      '1 契約・責任分界',
      '役割分担の明確化',
      ehrDoc.rows[0]?.textJa,
      '○',
      '○',
      '',
      '契約前',
      '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
      '役割分担案とサービス仕様書（SLA を含む）を提示する。',
      'はい',
      // The later confirmation, 23:30 UTC on the 12th, is the 13th in Japan.
      new Date(Date.UTC(2025, 1, 13)),
      new Date(Date.UTC(2025, 2, 31)),
      '合意済',
      '山田 太郎',
      '佐藤 花子',
      '契約条項: 業務委託契約書 (第12条)\nSLA条項: サービスレベル合意書 (別紙2)',
      '○',
    ]);
    // Hospital only, proposed: no 初回確認, no 確認日.
    expect(rowValues(ws, FIRST + 1, 16).slice(4, 16)).toEqual([
      '○',
      '',
      '',
      '運用',
      ehrDoc.rows[1]?.hospitalDuty,
      '',
      'いいえ',
      null,
      new Date(Date.UTC(2025, 3, 1)),
      '提案中',
      '山田 太郎',
      '',
    ]);
    expect(rowValues(ws, FIRST + 3, 8).slice(4)).toEqual(['', '', '○', '導入・構築']);
    // No owner: all three owner columns blank.
    expect(rowValues(ws, FIRST + 5, 8).slice(4)).toEqual(['', '', '', '']);
  });

  it('freezes the header, sets widths, dropdowns, date checks and the print setup', async () => {
    const workbook = await load(await renderMatrixXlsx([ehrDoc]));
    const ws = sheet(workbook, '電子カルテシステム');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: MATRIX_HEADER_ROW });
    expect(ws.getColumn(4).width).toBe(44);
    expect(ws.getColumn(9).width).toBe(40);
    expect(ws.getCell(FIRST, 9).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getRow(MATRIX_HEADER_ROW).getCell(1).font.bold).toBe(true);
    const last = MATRIX_HEADER_ROW + ehrDoc.rows.length;
    for (const address of [`E${FIRST}`, `F${last}`, `G${FIRST + 2}`]) {
      expect(ws.getCell(address).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"○"'],
      });
    }
    expect(ws.getCell(`H${last}`).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"契約前,導入・構築,運用,インシデント対応,契約終了・移行"'],
    });
    expect(ws.getCell(`M${FIRST}`).dataValidation).toMatchObject({
      type: 'date',
      operator: 'greaterThan',
    });
    expect(ws.getCell(`M${FIRST}`).numFmt).toBe('yyyy-mm-dd');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      // The header row repeats on every printed page.
      printTitlesRow: `${MATRIX_HEADER_ROW}:${MATRIX_HEADER_ROW}`,
    });
  });

  it('counts owners and statuses per system on the summary sheet', async () => {
    const workbook = await load(await renderMatrixXlsx([ehrDoc, pacsDoc]));
    const ws = sheet(workbook, SUMMARY_SHEET);
    expect(rowValues(ws, SUMMARY_HEADER_ROW, SUMMARY_HEADERS.length)).toEqual(SUMMARY_HEADERS);
    expect(SUMMARY_HEADERS.slice(6)).toEqual([
      '項目数',
      '担当: 医療機関',
      '担当: 事業者',
      '担当: 共同',
      '担当: 対象外',
      '担当: 未設定',
      '状態: 下書き',
      '状態: 提案中',
      '状態: 合意済',
      '状態: 異議あり',
      '状態: 要再確認',
      '合意率',
    ]);
    expect(rowValues(ws, SUMMARY_HEADER_ROW + 1, SUMMARY_HEADERS.length)).toEqual([
      '地域医療センター病院',
      '株式会社メディカルクラウド',
      '電子カルテシステム',
      '医療情報システムの契約における当事者間の役割分担等に関する確認表',
      '2024',
      '2025-03-15 15:30',
      7,
      1,
      2,
      2,
      1,
      1,
      2,
      1,
      2,
      1,
      1,
      2 / 7,
    ]);
    expect(rowValues(ws, SUMMARY_HEADER_ROW + 2, SUMMARY_HEADERS.length).slice(6)).toEqual([
      2, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 0,
    ]);
    expect(ws.getCell(SUMMARY_HEADER_ROW + 1, SUMMARY_HEADERS.length).numFmt).toBe('0.0%');
  });

  it('writes text that looks like a formula as text, shown as typed, and reads it back', async () => {
    const tricky: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r, i) =>
        i === 0
          ? {
              ...r,
              vendorDuty: '=HYPERLINK("https://evil.example","詳細")',
              hospitalDuty: "-箇条書きで始まる対応\n'引用符で始まる行",
            }
          : r,
      ),
    };
    const bytes = await renderMatrixXlsx([tricky]);
    const ws = sheet(await load(bytes), '電子カルテシステム');
    // A text cell: Excel shows it as typed (no visible apostrophe) and never runs it.
    expect(ws.getCell(FIRST, 10).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(FIRST, 10).value).toBe('=HYPERLINK("https://evil.example","詳細")');
    expect(ws.getCell(FIRST, 9).value).toBe("-箇条書きで始まる対応\n'引用符で始まる行");
    const sheets = Object.values((await JSZip.loadAsync(bytes)).files).filter((f) =>
      /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name),
    );
    expect(sheets.length).toBeGreaterThan(0);
    for (const file of sheets) expect(await file.async('string')).not.toContain('<f>');
    const parsed = await parseMatrixFile('xlsx', bytes);
    expect(parsed.ok && parsed.value[0]?.rows[0]).toMatchObject({
      vendorDuty: tricky.rows[0]?.vendorDuty,
      hospitalDuty: tricky.rows[0]?.hospitalDuty,
    });
  });

  it('returns every problem of an edited workbook with its row and column, in ja and en', async () => {
    const workbook = await load(await renderMatrixXlsx([ehrDoc]));
    const ws = sheet(workbook, '電子カルテシステム');
    const cell = (row: number, column: number) => ws.getRow(FIRST + row).getCell(column);
    cell(0, 1).value = ''; // 1-1 loses its code
    cell(1, 5).value = '△'; // not a mark
    cell(1, 13).value = '2025/4/1'; // typed as text: accepted
    cell(2, 7).value = '○'; // 2-2 is the vendor's and also 対象外
    cell(3, 1).value = '2-1'; // a second 2-1
    cell(4, 8).value = 'そのうち';
    cell(5, 13).value = '2025/13/40';
    cell(6, 10).value = 'あ'.repeat(4001);
    workbook.addWorksheet('メモ').addRow(['打ち合わせメモ（取り込み対象外）']);
    const result = await parseMatrixFile('xlsx', await save(workbook));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const inSheet = (ja: string, en: string) => ({
      ja: `シート「電子カルテシステム」: ${ja}`,
      en: `Sheet "電子カルテシステム": ${en}`,
    });
    expect(result.issues).toEqual([
      { row: 9, column: '項番', messages: inSheet('項番は必須です', '項番 is required') },
      {
        row: 10,
        column: '医療機関',
        messages: inSheet(
          '医療機関は ○ か空欄です（入力: △）',
          '医療機関 must be ○ or blank (got "△")',
        ),
      },
      {
        row: 11,
        column: '対象外',
        messages: inSheet(
          '対象外と事業者の両方に○があります。どちらかにしてください',
          'Both 対象外 and 事業者 are marked; mark one or the other',
        ),
      },
      {
        row: 12,
        column: '項番',
        messages: inSheet(
          '項番 2-1 が重複しています（最初は 10 行目）',
          'Duplicate code 2-1 (first on row 10)',
        ),
      },
      {
        row: 13,
        column: 'フェーズ',
        messages: inSheet(
          'フェーズは 契約前、導入・構築、運用、インシデント対応、契約終了・移行 のいずれかです（入力: そのうち）',
          'フェーズ must be one of 契約前, 導入・構築, 運用, インシデント対応, 契約終了・移行 or pre_contract, build, operate, incident, exit (got "そのうち")',
        ),
      },
      {
        row: 14,
        column: '完了日',
        messages: inSheet(
          '完了日は YYYY-MM-DD 形式の日付です（入力: 2025/13/40）',
          '完了日 must be a date as YYYY-MM-DD (got "2025/13/40")',
        ),
      },
      {
        row: 15,
        column: '事業者の対応',
        messages: inSheet(
          '事業者の対応は4000文字以内です',
          '事業者の対応 must be at most 4000 characters',
        ),
      },
    ]);
  });

  it('reads a workbook people built themselves: English headers and values, no title lines', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Lab system');
    ws.addRow(['Responsibility matrix (draft)']);
    ws.addRow([]);
    ws.addRow([
      'Code',
      'Hospital',
      'Vendor',
      'not_applicable',
      'Phase',
      'hospital_duty',
      'vendor_duty',
      'due_date',
      'Remarks',
    ]);
    ws.addRow([
      '2-1',
      'x',
      '',
      '',
      'operate',
      ' ID を棚卸しする ',
      '',
      new Date(Date.UTC(2025, 5, 1)),
    ]);
    ws.addRow(['2-2', '〇', 'TRUE', '', '運用', '', '保管する', '2025/7/1', 'ok']);
    ws.addRow(['2-3', '', '', '1', 'Pre-Contract', '', '', '2025年8月9日']);
    ws.addRow(['3-2', 'no', '', '', '', '', '', '']);
    ws.addRow([]);
    ws.addRow(['', '', '', '', '', '', '', '', '備考だけの行']);
    expect(await parseMatrixFile('xlsx', await save(workbook))).toEqual({
      ok: true,
      value: [
        {
          systemName: 'Lab system',
          rows: [
            {
              row: 4,
              code: '2-1',
              ownerSide: 'hospital',
              phase: 'operate',
              hospitalDuty: 'ID を棚卸しする',
              vendorDuty: '',
              dueDate: '2025-06-01',
            },
            {
              row: 5,
              code: '2-2',
              ownerSide: 'shared',
              phase: 'operate',
              hospitalDuty: '',
              vendorDuty: '保管する',
              dueDate: '2025-07-01',
            },
            {
              row: 6,
              code: '2-3',
              ownerSide: 'not_applicable',
              phase: 'pre_contract',
              hospitalDuty: '',
              vendorDuty: '',
              dueDate: '2025-08-09',
            },
            {
              row: 7,
              code: '3-2',
              ownerSide: null,
              phase: null,
              hospitalDuty: '',
              vendorDuty: '',
              dueDate: null,
            },
          ],
        },
      ],
    });
  });

  it('reports missing columns, a missing header row and an unreadable file', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook
      .addWorksheet('電子カルテ')
      .addRows([['項番', '医療機関', '事業者', '対象外'], ['1-1']]);
    const missing = await parseMatrixFile('xlsx', await save(workbook));
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issues.map((i) => [i.row, i.column, i.messages.en])).toEqual([
        [1, 'フェーズ', expect.stringContaining('The column "フェーズ" (phase) is missing')],
        [1, '医療機関の対応', expect.stringContaining('(hospital_duty) is missing')],
        [1, '事業者の対応', expect.stringContaining('(vendor_duty) is missing')],
        [1, '完了日', expect.stringContaining('(due_date) is missing')],
      ]);
    }

    const noHeader = new ExcelJS.Workbook();
    noHeader.addWorksheet(SUMMARY_SHEET).addRow(['項番']);
    noHeader.addWorksheet('Sheet1').addRows([
      ['番号なし', 'x'],
      ['1', '2'],
    ]);
    expect(await parseMatrixFile('xlsx', await save(noHeader))).toEqual({
      ok: false,
      issues: [
        {
          row: null,
          column: null,
          messages: {
            ja: '見出し行が見つかりません。先頭20行のうちに「項番」（code）の列見出しが必要です',
            en: 'No header row found: a "項番" (code) column header must be within the first 20 rows',
          },
        },
      ],
    });

    const broken = await parseMatrixFile('xlsx', new TextEncoder().encode('項番,医療機関\r\n'));
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.issues[0]?.messages.en).toMatch(
        /^The file cannot be read as an Excel workbook/,
      );
    }
  });

  it('names sheets within Excel’s rules', () => {
    const long = 'あ'.repeat(40);
    expect(
      matrixSheetNames([
        'a/b:c?d*e[f]g\\h',
        "'引用'",
        '',
        'History',
        '概要',
        long,
        long,
        'ABC',
        'abc',
      ]),
    ).toEqual([
      'a／b：c？d＊e［f］g＼h',
      '引用',
      'システム',
      'History (2)',
      '概要 (2)',
      'あ'.repeat(31),
      `${'あ'.repeat(27)} (2)`,
      'ABC',
      'abc (2)',
    ]);
  });
});
