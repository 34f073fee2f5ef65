import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './testing/browser';
import { demoLogin, openPage, signIn } from './testing/pages';
import { useServerAndBrowser } from './testing/server';

const HOSPITAL = 'kitahama.admin@demo.bunkai.example';
const VENDOR = 'medsys.admin@demo.bunkai.example';
const SYSTEM = 'クラウド型電子カルテ';

/** The row's code cell in the grid: clicking it opens the row panel. */
function codeCell(page: Page, code: string) {
  return page
    .getByRole('grid', { name: '責任分界表' })
    .getByRole('gridcell', { name: code, exact: true });
}

async function openRow(page: Page, code: string) {
  await codeCell(page, code).click();
  const panel = page.locator('#matrix-row');
  await panel.getByText(code, { exact: true }).first().waitFor();
  return panel;
}

/** The panel's status line for the open row, e.g. 提案中 or 合意済. */
async function panelStatus(page: Page, status: string) {
  await page.locator('#matrix-row').getByText(status, { exact: true }).first().waitFor();
}

describe.runIf(browserAvailable())('the responsibility matrix (Chromium)', () => {
  const env = useServerAndBrowser({ beforeAll, afterEach, afterAll });
  let hospital: Page;
  let vendor: Page;
  let matrixUrl: string;

  beforeAll(async () => {
    hospital = await openPage(env.browser, `${env.server.url}/sign-in`);
    const h = demoLogin(env.server, HOSPITAL);
    await signIn(hospital, h.email, h.password);
    vendor = await openPage(env.browser, `${env.server.url}/sign-in`);
    const v = demoLogin(env.server, VENDOR);
    await signIn(vendor, v.email, v.password);
  });

  it('the hospital proposes a row, the vendor agrees, the hospital sees it agreed', async () => {
    // The hospital starts a 6.0 matrix for its cloud EHR with its vendor.
    await hospital.goto(`${env.server.url}/matrix`);
    await hospital
      .getByRole('button', {
        name: /^責任分界表を作成：北浜記念病院（デモ） × 株式会社メディカルシステムズ（デモ）/,
      })
      .click();
    const create = hospital.getByRole('dialog');
    await create.getByLabel('システム').selectOption({ label: SYSTEM });
    await create.getByRole('button', { name: '作成する' }).click();
    await hospital.waitForURL(/\/matrix\/[0-9a-f-]+\/[0-9a-f-]+/);
    matrixUrl = hospital.url().split('?')[0] ?? '';
    await codeCell(hospital, 'MHLW6-KK-04').waitFor();

    const panel = await openRow(hospital, 'MHLW6-KK-04');
    await panel.getByLabel('医療機関の対応').fill('非常時の連絡網を整備し、年1回訓練する');
    await panel.getByLabel('事業者の対応').fill('24時間の障害受付窓口を提供する');
    await panel.getByRole('button', { name: '変更を保存' }).click();
    await panel.getByRole('button', { name: '提案する' }).click();
    await panelStatus(hospital, '提案中');

    // The vendor finds it waiting for them and agrees.
    await vendor.goto(matrixUrl);
    const vendorPanel = await openRow(vendor, 'MHLW6-KK-04');
    await vendorPanel.getByText('24時間の障害受付窓口を提供する').first().waitFor();
    await vendorPanel.getByRole('button', { name: '合意する' }).click();
    await panelStatus(vendor, '合意済');

    await hospital.reload();
    await openRow(hospital, 'MHLW6-KK-04');
    await panelStatus(hospital, '合意済');
    const history = hospital.locator('#matrix-row');
    await history
      .getByText('株式会社メディカルシステムズ admin', { exact: false })
      .first()
      .waitFor();
  });

  it('settles a dispute, is signed by both, and exports the 確認表 with the grid’s counts', async () => {
    // The hospital proposes every row at once.
    await hospital.goto(matrixUrl);
    await hospital.getByRole('button', { name: /^表示中の\d+行をすべて選択$/ }).click();
    await hospital.getByRole('button', { name: '一括提案' }).click();
    await hospital.getByRole('dialog').getByRole('button', { name: '提案する' }).click();
    await hospital.getByText(/行を提案しました/).waitFor();

    // The vendor disputes one row with a reason and agrees to the rest.
    await vendor.goto(matrixUrl);
    const contested = await openRow(vendor, 'MHLW6-KK-06');
    await contested.getByRole('button', { name: '異議を出す' }).click();
    const dispute = vendor.getByRole('dialog');
    await dispute.getByLabel('異議の理由').fill('委託先の選定基準の資料は当社が用意します');
    await dispute.getByRole('button', { name: '異議を出す' }).click();
    await panelStatus(vendor, '異議あり');
    await vendor.getByRole('button', { name: /^表示中の\d+行をすべて選択$/ }).click();
    await vendor.getByRole('button', { name: '一括合意' }).click();
    await vendor.getByRole('dialog').getByRole('button', { name: '合意する' }).click();
    await vendor.getByText(/行に合意しました/).waitFor();

    // The hospital reads the reason, shares the duty and proposes again; the vendor agrees.
    await hospital.reload();
    const settled = await openRow(hospital, 'MHLW6-KK-06');
    await settled.getByText('委託先の選定基準の資料は当社が用意します').waitFor();
    await settled.getByLabel('責任主体').selectOption({ label: '共同' });
    await settled.getByLabel('事業者の対応').fill('選定基準の資料を用意する');
    await settled.getByRole('button', { name: '変更を保存' }).click();
    await settled.getByRole('button', { name: '提案する' }).click();
    await panelStatus(hospital, '提案中');
    await vendor.reload();
    await (await openRow(vendor, 'MHLW6-KK-06')).getByRole('button', { name: '合意する' }).click();
    await panelStatus(vendor, '合意済');

    // Every row agreed: both sides sign.
    await hospital.reload();
    const summary = hospital.locator('section[aria-label="集計"]');
    await summary.getByText('100%').first().waitFor();
    for (const page of [hospital, vendor]) {
      await page.goto(matrixUrl);
      await page.getByRole('button', { name: '署名', exact: true }).click();
      const sign = page.getByRole('dialog');
      await sign.getByRole('button', { name: '署名する' }).click();
      await sign.getByText(/署名しました/).waitFor();
    }
    await hospital.reload();
    await hospital.getByRole('button', { name: '署名', exact: true }).click();
    await hospital.getByRole('dialog').getByText('双方の署名済み').first().waitFor();
    await hospital.keyboard.press('Escape');

    // The exported 確認表 says what the grid says.
    await hospital.reload();
    const total = Number(
      (
        await hospital.getByRole('button', { name: /^表示中の\d+行をすべて選択$/ }).textContent()
      )?.replace(/\D/g, ''),
    );
    await hospital.getByRole('button', { name: '書き出し' }).click();
    const download = hospital.waitForEvent('download');
    await hospital.getByRole('button', { name: '確認表 XLSX（このシステム）' }).click();
    const file = await (await download).path();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const overview = workbook.getWorksheet('概要');
    const headers = (overview?.getRow(4).values as unknown[]).map(String);
    const values = overview?.getRow(5).values as unknown[];
    const cell = (name: string) => values[headers.indexOf(name)];
    expect(cell('システム')).toBe(SYSTEM);
    expect(cell('項目数')).toBe(total);
    expect(cell('状態: 合意済')).toBe(total);
    const sheet = workbook.getWorksheet(SYSTEM);
    expect(sheet).toBeDefined();
  });
});
