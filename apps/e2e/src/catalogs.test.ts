import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './testing/browser';
import { demoLogin, openPage, signIn } from './testing/pages';
import { useServerAndBrowser } from './testing/server';

const GL = '医療情報システムの安全管理に関するガイドライン';
/** A hand-written OSCAL catalog: nested groups, parameters, every part kind, withdrawn controls. */
const OSCAL_CATALOG = fileURLToPath(
  new URL('../fixtures/hospital-controls.oscal.json', import.meta.url),
);

describe.runIf(browserAvailable())('guideline catalogs (Chromium)', () => {
  const env = useServerAndBrowser({ beforeAll, afterEach, afterAll });
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bunkai-e2e-'));
  });

  it('lets the platform operator import a version from XLSX, read its diff and publish it', async () => {
    const page = await openPage(env.browser, `${env.server.url}/sign-in`);
    const login = demoLogin(env.server, 'operator@demo.bunkai.example');
    await signIn(page, login.email, login.password);

    // A malformed file is refused with its rows and columns; nothing is imported.
    const bad = new ExcelJS.Workbook();
    const badSheet = bad.addWorksheet('requirements');
    badSheet.addRow(['code', 'title_ja', 'audience']);
    badSheet.addRow(['X-1', 'ok', 'management']);
    badSheet.addRow(['X-2', '', 'everyone']);
    const badVersion = bad.addWorksheet('version');
    for (const row of [
      ['catalog_code', 'bad'],
      ['catalog_title_ja', '壊れた'],
      ['catalog_title_en', 'Broken'],
      ['label', '1'],
    ]) {
      badVersion.addRow(row);
    }
    const badFile = join(dir, 'bad.xlsx');
    await writeFile(badFile, Buffer.from(await bad.xlsx.writeBuffer()));
    await page.goto(`${env.server.url}/catalogs/import`);
    await page.getByLabel('取り込むファイル').setInputFiles(badFile);
    await page.getByRole('button', { name: '内容を確認' }).click();
    const issues = page.locator('#import-issues');
    await issues.getByText('ファイルに誤りがあります').waitFor();
    await issues.getByRole('cell', { name: '3', exact: true }).first().waitFor();
    expect(await issues.getByRole('cell', { name: 'audience' }).count()).toBeGreaterThan(0);
    expect(await issues.getByRole('cell', { name: 'title_ja' }).count()).toBeGreaterThan(0);

    // Next revision: export 6.0 as XLSX, relabel it and add an item.
    await page.goto(`${env.server.url}/catalogs`);
    await page.getByRole('button', { name: `エクスポート：${GL} 6.0` }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Excel（XLSX）' }).click();
    const exported = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(exported);
    workbook.getWorksheet('version')?.eachRow((row) => {
      if (row.getCell(1).text === 'label') row.getCell(2).value = '6.1';
      if (row.getCell(1).text === 'effective_date') row.getCell(2).value = '2026-12-01';
    });
    const sheet = workbook.getWorksheet('requirements');
    if (!sheet) throw new Error('no requirements sheet');
    const header = (sheet.getRow(1).values as (string | undefined)[]).map((v) => v ?? '');
    const added = sheet.getRow(sheet.rowCount + 1);
    added.getCell(header.indexOf('code')).value = 'MHLW61-NEW-01';
    added.getCell(header.indexOf('order')).value = 999;
    added.getCell(header.indexOf('title_ja')).value = '生成AI利用時の情報管理';
    const next = join(dir, 'mhlw-gl_6.1.xlsx');
    await workbook.xlsx.writeFile(next);

    await page.goto(`${env.server.url}/catalogs/import`);
    await page.getByLabel('取り込むファイル').setInputFiles(next);
    await page.getByRole('button', { name: '内容を確認' }).click();
    const preview = page.locator('#import-preview');
    await preview.waitFor();
    await page.locator('#import-diff').getByText('生成AI利用時の情報管理').waitFor();
    await page.getByRole('button', { name: '下書きとして取り込む' }).click();
    const done = page.locator('#import-done');
    await done.waitFor();
    await done.getByRole('button', { name: /^公開する/ }).click();
    await page.getByRole('dialog').getByRole('button', { name: '公開する' }).click();
    await page.getByText(/を公開しました/).waitFor();
    await page.context().close();
  });

  it('lets a hospital browse 6.0 in Japanese and find where a 5.2 item went', async () => {
    const page = await openPage(env.browser, `${env.server.url}/sign-in`);
    const login = demoLogin(env.server, 'kitahama.member@demo.bunkai.example');
    await signIn(page, login.email, login.password);
    await page.goto(`${env.server.url}/catalogs`);
    // The operator's 6.1 is published now; hospitals see it beside 6.0.
    await page.getByRole('link', { name: `閲覧：${GL} 6.1` }).waitFor();
    await page.getByRole('link', { name: `閲覧：${GL} 5.2` }).click();
    const list = page.getByRole('list', { name: '項目の一覧' });
    await list.getByRole('link').first().waitFor();
    await page.getByLabel('キーワード').fill('4.1');
    const item = list.getByRole('link', { name: /^5\.2-4\.1 / }).first();
    await item.click();
    const detail = page.locator('#requirement-detail');
    await detail.getByRole('heading', { name: '他の版での対応' }).waitFor();
    const later = detail.getByRole('link', { name: /MHLW6-/ }).first();
    await later.click();
    await page.waitForURL(/item=MHLW6-/);
    await page.locator('#requirement-detail').getByText('前の版から').waitFor();
    await page.context().close();
  });

  it('lets a hospital admin import an OSCAL catalog and read its parameters, guidance and withdrawn items', async () => {
    const page = await openPage(env.browser, `${env.server.url}/sign-in`);
    const login = demoLogin(env.server, 'minato.admin@demo.bunkai.example');
    await signIn(page, login.email, login.password);
    await page.goto(`${env.server.url}/catalogs/import`);
    await page.getByLabel('取り込むファイル').setInputFiles(OSCAL_CATALOG);
    await page.getByRole('button', { name: '内容を確認' }).click();
    await page.locator('#import-preview').waitFor();
    await page.getByRole('button', { name: '下書きとして取り込む' }).click();
    await page.locator('#import-done').getByRole('link', { name: '取り込んだ版を開く' }).click();

    // The list: groups as sections, withdrawn items marked, OSCAL labels as the items' names.
    const list = page.getByRole('list', { name: '項目の一覧' });
    const withdrawn = list.getByRole('listitem').filter({ hasText: 'AC-13' });
    await withdrawn.getByText('廃止', { exact: true }).waitFor();
    await list.getByRole('link', { name: /^AC-17 Remote Access/ }).click();

    const detail = page.locator('#requirement-detail');
    await detail.getByRole('heading', { name: 'パラメータ' }).waitFor();
    const params = detail.locator('dl').first();
    await params.getByText(/^usage restrictions/).waitFor();
    await params.getByText('次から1つ以上選択：').waitFor();
    await params.getByText('remote desktop gateway').first().waitFor();
    await detail.getByRole('heading', { name: /補足ガイダンス/ }).waitFor();
    await detail.getByText('Remote access crosses the line.').waitFor();
    await detail.getByText(/Establish \[Assignment: usage restrictions\]/).waitFor();
    expect(await detail.getByText(/\{\{/).count()).toBe(0);

    // A withdrawn control says so and leads to what it was incorporated into.
    await list.getByRole('link', { name: /^AC-13 / }).click();
    await detail.getByText(/この項目は廃止されています/).waitFor();
    await detail.getByRole('link', { name: /^AU-6 Audit Record Review/ }).click();
    await page.waitForURL(/item=au-6/);
    await page.locator('#requirement-detail').getByText('Review audit records.').waitFor();
    await page.context().close();
  });
});
