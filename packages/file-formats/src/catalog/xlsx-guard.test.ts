import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseMatrixFile } from '../matrix/parse';
import { renderMatrixXlsx } from '../matrix/xlsx';
import { ehrDoc, pacsDoc } from '../matrix/fixture';
import { fixtureDoc } from './fixture';
import { catalogTemplateXlsx, exportCatalogXlsx, importCatalogXlsx } from './xlsx';
import {
  XLSX_LIMITS,
  XlsxLimitError,
  cellPosition,
  checkXlsxLimits,
  withoutDataValidations,
} from './xlsx-guard';

/** A workbook with one sheet holding `refs`, written by exceljs as Excel would store it. */
async function sparseWorkbook(refs: string[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('requirements');
  for (const ref of refs) ws.getCell(ref).value = 'x';
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** `bytes` with the entry `name` rewritten (the zip is written anew). */
async function patched(
  bytes: Uint8Array,
  entries: Record<string, string | Uint8Array>,
): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, content] of Object.entries(entries)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Sets the declared uncompressed size of the entry `name` to `size`, in both zip headers. */
function declareSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  const named = (at: number, length: number) =>
    new TextDecoder().decode(out.subarray(at, at + length)) === name;
  for (let at = 0; at + 46 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && named(at + 30, view.getUint16(at + 26, true))) {
      view.setUint32(at + 22, size, true);
    }
    if (signature === 0x02014b50 && named(at + 46, view.getUint16(at + 28, true))) {
      view.setUint32(at + 24, size, true);
    }
  }
  return out;
}

async function refusal(bytes: Uint8Array): Promise<{ limit: string; ms: number }> {
  const started = performance.now();
  try {
    await checkXlsxLimits(bytes);
  } catch (error) {
    if (error instanceof XlsxLimitError) {
      return { limit: error.limit, ms: performance.now() - started };
    }
    throw error;
  }
  throw new Error('not refused');
}

function sheetXml(body: string, dimension?: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    (dimension ? `<dimension ref="${dimension}"/>` : '') +
    `<sheetData>${body}</sheetData></worksheet>`
  );
}

describe('XLSX limits', () => {
  it('reads cell references', () => {
    expect(cellPosition('A1')).toEqual({ column: 1, row: 1 });
    expect(cellPosition('XFD1500')).toEqual({ column: 16384, row: 1500 });
    expect(cellPosition('$AB$12')).toEqual({ column: 28, row: 12 });
    expect(cellPosition('nope')).toBeNull();
  });

  it('refuses a sheet using column XFD (A1, B1, XFD2, A1500) quickly, naming the limit', async () => {
    const bytes = await sparseWorkbook(['A1', 'B1', 'XFD2', 'A1500']);
    expect(bytes.length).toBeLessThan(10_000);
    const { limit, ms } = await refusal(bytes);
    expect(limit).toBe('columns');
    expect(ms).toBeLessThan(100);
    const result = await importCatalogXlsx(bytes);
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          row: null,
          column: null,
          messages: {
            ja: 'Excel ファイルを読み取れません: シートの列数が上限（200列）を超えています',
            en: 'The Excel workbook cannot be read: The sheet has more columns than the limit (200)',
          },
        },
      ],
    });
  });

  it('refuses a sheet reaching row 100000 (A1, A100000) for both readers', async () => {
    const bytes = await sparseWorkbook(['A1', 'A100000']);
    const { limit, ms } = await refusal(bytes);
    expect(limit).toBe('rows');
    expect(ms).toBeLessThan(100);
    const result = await parseMatrixFile('xlsx', bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues[0]?.messages.en).toContain('more rows than the limit (20,000)');
      expect(result.issues[0]?.messages.ja).toContain('行数が上限（20,000行）');
    }
  });

  it('reads a sheet down to row 10000 (A1, A10000) in bounded time', async () => {
    const bytes = await sparseWorkbook(['A1', 'A10000']);
    const started = performance.now();
    const result = await parseMatrixFile('xlsx', bytes);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.ok).toBe(false);
  });

  it('reads a sheet whose declared dimension is larger than its cells (exceljs ignores it)', async () => {
    // Spreadsheet programs declare the formatted range, e.g. A1:AMJ1048576; only stored cells count.
    const bytes = await patched(await sparseWorkbook(['A1']), {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
        'A1:AMJ1048576',
      ),
    });
    await expect(checkXlsxLimits(bytes)).resolves.toBeUndefined();
  });

  it('refuses column definitions past XFD (exceljs would make an object for each)', async () => {
    const bytes = await patched(await sparseWorkbook(['A1']), {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      ).replace('<sheetData>', '<cols><col min="1" max="50000000" width="9"/></cols><sheetData>'),
    });
    const { limit, ms } = await refusal(bytes);
    expect(limit).toBe('definedColumns');
    expect(ms).toBeLessThan(2000);
  });

  it('reads LibreOffice-style column definitions up to column 1024', async () => {
    const bytes = await patched(await sparseWorkbook(['A1']), {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      ).replace('<sheetData>', '<cols><col min="2" max="1024" width="11.52"/></cols><sheetData>'),
    });
    await expect(checkXlsxLimits(bytes)).resolves.toBeUndefined();
  });

  it('refuses a merged range exceljs would fill cell by cell', async () => {
    const cell = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>';
    const merged = async (refs: string[]) =>
      patched(await sparseWorkbook(['A1']), {
        'xl/worksheets/sheet1.xml': sheetXml(cell).replace(
          '</sheetData>',
          `</sheetData><mergeCells count="${String(refs.length)}">${refs
            .map((ref) => `<mergeCell ref="${ref}"/>`)
            .join('')}</mergeCells>`,
        ),
      });
    expect((await refusal(await merged(['A1:XFD1048576']))).limit).toBe('rows');
    expect((await refusal(await merged(['A1:GR20000']))).limit).toBe('cells');
    const many = Array.from(
      { length: XLSX_LIMITS.merges + 1 },
      (_, i) => `B${String(i + 1)}:C${String(i + 1)}`,
    );
    expect((await refusal(await merged(many))).limit).toBe('merges');
  });

  it('reads a sheet validating whole columns quickly, without the validations', async () => {
    const validated = await patched(await sparseWorkbook(['A1']), {
      'xl/worksheets/sheet1.xml': sheetXml(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c></row>',
      ).replace(
        '</sheetData>',
        '</sheetData><dataValidations count="1"><dataValidation type="list" sqref="B1:B1048576 C1:XFD1048576">' +
          '<formula1>"a,b"</formula1></dataValidation></dataValidations>',
      ),
    });
    await checkXlsxLimits(validated);
    const started = performance.now();
    const readable = await withoutDataValidations(validated);
    const zip = await JSZip.loadAsync(readable);
    expect(await zip.file('xl/worksheets/sheet1.xml')?.async('string')).not.toContain(
      'dataValidation',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readable as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]?.getCell('A1').value).toBe('x');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('refuses too many cells', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 2600; r++) {
      let cells = '';
      for (let c = 1; c <= 200; c++) cells += '<c/>';
      rows.push(`<row r="${r}">${cells}</row>`);
    }
    const bytes = await patched(await sparseWorkbook(['A1']), {
      'xl/worksheets/sheet1.xml': sheetXml(rows.join('')),
    });
    const { limit } = await refusal(bytes);
    expect(limit).toBe('cells');
  });

  it('refuses a zip bomb: an entry inflating past the cap with a small declared size', async () => {
    const bomb = await patched(await sparseWorkbook(['A1']), {
      'xl/media/bomb.bin': new Uint8Array(XLSX_LIMITS.uncompressedBytes + 1024),
    });
    const declared = declareSize(bomb, 'xl/media/bomb.bin', 100);
    expect(declared.length).toBeLessThan(200_000);
    const { limit, ms } = await refusal(declared);
    expect(limit).toBe('uncompressedBytes');
    expect(ms).toBeLessThan(2000);
    const result = await importCatalogXlsx(declared);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.messages.en).toContain('(50 MB)');
  });

  it('refuses too many entries', async () => {
    const entries: Record<string, string> = {};
    for (let i = 0; i <= XLSX_LIMITS.entries; i++) entries[`xl/media/${i}.txt`] = '';
    const { limit } = await refusal(await patched(await sparseWorkbook(['A1']), entries));
    expect(limit).toBe('entries');
  });

  it('refuses a huge shared strings table', async () => {
    const strings = '<si><t>x</t></si>'.repeat(XLSX_LIMITS.sharedStrings + 1);
    const bytes = await patched(await sparseWorkbook(['A1']), {
      'xl/sharedStrings.xml':
        '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
        `${strings}</sst>`,
    });
    const { limit } = await refusal(bytes);
    expect(limit).toBe('sharedStrings');
  });

  it('still imports the template and real exports', async () => {
    await expect(checkXlsxLimits(await catalogTemplateXlsx())).resolves.toBeUndefined();
    expect(await importCatalogXlsx(await exportCatalogXlsx(fixtureDoc))).toEqual({
      ok: true,
      value: fixtureDoc,
    });
    const matrix = await parseMatrixFile('xlsx', await renderMatrixXlsx([ehrDoc, pacsDoc]));
    expect(matrix.ok).toBe(true);
  });
});
