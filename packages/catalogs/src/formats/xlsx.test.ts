import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { CATALOG_COLUMNS } from './columns';
import { fixtureDoc, metaOf, trickyDoc } from './fixture';
import { catalogTemplateXlsx, exportCatalogXlsx, importCatalogXlsx } from './xlsx';

async function load(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

async function save(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function versionSheet(workbook: ExcelJS.Workbook, rows: [string, unknown][]): void {
  const ws = workbook.addWorksheet('version');
  ws.addRow(['key', 'value']);
  for (const row of rows) ws.addRow(row);
}

describe('XLSX', () => {
  it('round-trips losslessly', async () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      expect(await importCatalogXlsx(await exportCatalogXlsx(doc))).toEqual({
        ok: true,
        value: doc,
      });
    }
  });

  it('exports a bold frozen header, widths, dropdowns and the version sheet', async () => {
    const workbook = await load(await exportCatalogXlsx(fixtureDoc));
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['requirements', 'version']);
    const ws = workbook.getWorksheet('requirements');
    if (!ws) throw new Error('no requirements sheet');
    const header = ws.getRow(1);
    expect(CATALOG_COLUMNS.map((_, i) => header.getCell(i + 1).value)).toEqual(
      CATALOG_COLUMNS.map((c) => c.name),
    );
    expect(header.getCell(1).font.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(6).width).toBe(60);
    expect(ws.getCell('L2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"hospital,vendor,shared"'],
    });
    expect(ws.getCell('M500').dataValidation).toMatchObject({
      formulae: ['"pre_contract,build,operate,incident,exit"'],
    });
    // Several audiences joined with | must stay enterable: a dropdown without the error.
    const audience = ws.getCell('H2').dataValidation;
    expect(audience).toMatchObject({ type: 'list', showInputMessage: true });
    expect(audience.showErrorMessage).toBeFalsy();
    const serviceTypes = ws.getCell('K2').dataValidation;
    expect(ws.getCell('K1').value).toBe('service_types');
    expect(serviceTypes).toMatchObject({
      type: 'list',
      formulae: ['"on_premise,cloud,hybrid"'],
      showInputMessage: true,
    });
    expect(serviceTypes.showErrorMessage).toBeFalsy();
    expect(ws.getCell('L2').dataValidation.showErrorMessage).toBe(true);
    expect(ws.getCell('C3').value).toBe(0);
    const version = workbook.getWorksheet('version');
    expect(version?.getRow(5).values).toEqual([
      undefined,
      'label',
      '6.0',
      '版 — Version label, e.g. 6.0 or FY2025.',
    ]);
  });

  it('normalises numbers, rich text, dates, formulas, hyperlinks and booleans to text', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Sheet1');
    ws.addRow(['コード', 'タイトル', '順序', '未確認', 'レベル']);
    ws.addRow([
      1,
      { richText: [{ text: '太字', font: { bold: true } }, { text: 'の題' }] },
      { formula: '1+1', result: 2 },
      true,
      { text: 'A', hyperlink: 'https://example.jp' },
    ]);
    versionSheet(workbook, [
      ['catalog_code', 'x'],
      ['カタログ名', '題'],
      ['catalog_title_en', 'Title'],
      ['label', 6],
      ['施行日', new Date(Date.UTC(2024, 3, 1))],
    ]);
    const result = await importCatalogXlsx(await save(workbook));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toMatchObject({ label: '6', effectiveDate: '2024-04-01' });
    expect(result.value.requirements[0]).toMatchObject({
      code: '1',
      titleJa: '太字の題',
      order: 2,
      unconfirmed: true,
      level: 'A',
    });
  });

  it('names Excel row numbers for every problem of a malformed workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('requirements');
    ws.addRow(['code', 'parent_code', 'title_ja', 'audience', 'order']);
    ws.addRow(['1', '', '第1章', 'management', 0]);
    ws.addRow([]);
    ws.addRow(['1.1', '1', '項目A', 'boss', 0]);
    ws.addRow(['1.2', '1', '', 'staff', 1]);
    ws.addRow(['1.1', '1', '重複', 'staff', 2]);
    ws.addRow(['1.3', '9', '親なし', 'staff', -1]);
    versionSheet(workbook, [
      ['catalog_code', 'x'],
      ['catalog_title_ja', '題'],
      ['label', '1'],
      ['status', 'final'],
      ['owner', 'me'],
    ]);
    const result = await importCatalogXlsx(await save(workbook));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => [i.row, i.column])).toEqual([
      [null, 'version.owner'],
      [null, 'version.catalog_title_en'],
      [null, 'version.status'],
      [4, 'audience'],
      [5, 'title_ja'],
      [6, 'code'],
      [7, 'order'],
      [7, 'parent_code'],
    ]);
    expect(result.issues[3]?.messages).toEqual({
      ja: '対象者は management, admin, staff, vendor のいずれかです（入力: boss）',
      en: 'audience must be one of management, admin, staff, vendor (got "boss")',
    });
    expect(result.issues[1]?.messages).toEqual({
      ja: 'カタログ名(英)は必須です',
      en: 'version.catalog_title_en is required',
    });
    expect(result.issues[5]?.messages.en).toBe('Duplicate code 1.1 (first on row 4)');
  });

  it('needs the version sheet unless the metadata is given', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('requirements');
    ws.addRow(['code', 'title_ja', 'phase']);
    ws.addRow(['A', 'x', 'later']);
    const buffer = await save(workbook);
    const without = await importCatalogXlsx(buffer);
    expect(without.ok).toBe(false);
    if (!without.ok) {
      expect(without.issues.map((i) => [i.row, i.column])).toEqual([
        [null, 'version'],
        [2, 'phase'],
      ]);
    }
    ws.getCell('C2').value = 'build';
    const withMeta = await importCatalogXlsx(await save(workbook), metaOf(fixtureDoc));
    expect(withMeta.ok && withMeta.value.requirements[0]?.phase).toBe('build');
  });

  it('rejects a file that is not a workbook', async () => {
    const result = await importCatalogXlsx(Buffer.from('code,title_ja\n'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.messages.ja).toMatch(/^Excel ファイル/);
  });

  it('offers a template that lists the columns and imports as it is', async () => {
    const buffer = await catalogTemplateXlsx();
    const workbook = await load(buffer);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(['requirements', 'version', 'README']);
    const readme = workbook.getWorksheet('README');
    const names = CATALOG_COLUMNS.map((_, i) => readme?.getRow(i + 2).getCell(1).value);
    expect(names).toEqual(CATALOG_COLUMNS.map((c) => c.name));
    expect(readme?.getRow(2).getCell(2).value).toBe('コード');
    const result = await importCatalogXlsx(buffer);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.catalog.code).toBe('my-hospital-rules');
    expect(result.value.requirements).toHaveLength(1);
    expect(result.value.requirements[0]).toMatchObject({
      code: '1',
      audience: ['management', 'admin'],
      checklistRefs: ['CL-1', 'CL-2'],
    });
  });

  it('refuses a parent chain deeper than 32 levels at its first row past the limit', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('requirements');
    ws.addRow(['code', 'parent_code', 'title_ja']);
    for (let i = 0; i < 40; i++)
      ws.addRow([`C${String(i)}`, i === 0 ? '' : `C${String(i - 1)}`, '深い']);
    versionSheet(workbook, [
      ['catalog_code', 'deep'],
      ['catalog_title_ja', '深い'],
      ['catalog_title_en', 'Deep'],
      ['label', '1'],
    ]);
    const result = await importCatalogXlsx(await save(workbook));
    expect(result.ok ? [] : result.issues.map((i) => [i.row, i.column, i.messages.en])).toEqual([
      [34, 'parent_code', 'Following the parents of C32, it sits at level 33 (at most 32 levels)'],
    ]);
  });
});
