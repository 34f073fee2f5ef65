import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable } from './testing/browser';
import { consoleOf } from './testing/console';
import { waitForMail } from './testing/mailbox';
import { demoLogin, openPage, signIn } from './testing/pages';
import { useServerAndBrowser } from './testing/server';

// Issue 20: bugs users hit. Each test failed before its fix.
const HOSPITAL = 'minato.admin@demo.bunkai.example';
const OTHER_VENDOR = 'toto-imaging.admin@demo.bunkai.example';
const CODE = 'MHLW6-KK-04';

/** The grid's row of `code`. */
function gridRow(page: Page, code: string) {
  return page
    .getByRole('grid', { name: '責任分界表' })
    .getByRole('row')
    .filter({ has: page.getByRole('gridcell', { name: code, exact: true }) });
}

describe.runIf(browserAvailable())('bugs users hit (Chromium)', () => {
  const env = useServerAndBrowser({ beforeAll, afterEach, afterAll });
  let page: Page;
  let errors: ReturnType<typeof consoleOf>;
  let matrixUrl: string;

  beforeAll(async () => {
    page = await openPage(env.browser, `${env.server.url}/sign-in`);
    errors = consoleOf(page);
    const login = demoLogin(env.server, HOSPITAL);
    await signIn(page, login.email, login.password);
    // The demo matrix of the EHR with the network vendor: every row still a draft.
    await page.goto(`${env.server.url}/matrix`);
    await page
      .getByRole('row')
      .filter({ hasText: 'みなとネットサービス' })
      .getByRole('link', { name: '電子カルテシステム' })
      .click();
    await page.waitForURL(/\/matrix\/[0-9a-f-]+\/[0-9a-f-]+/);
    matrixUrl = page.url().split('?')[0] ?? '';
  });

  // A failed test must not leave its doctored answers to the next one.
  beforeEach(async () => {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });

  it('keeps an impossible due date out of the grid cell and the row panel; the page stays', async () => {
    await page.goto(matrixUrl);
    const heading = page.getByRole('heading', { name: '電子カルテシステム' });
    await heading.waitFor();

    // The grid cell: the date field allows a 5-digit year; the editor refuses it and stays open.
    const dueCell = gridRow(page, CODE).locator('[data-column="dueDate"]');
    await dueCell.dblclick();
    const editor = page.getByLabel(`${CODE}：完了日`);
    expect(await editor.getAttribute('min')).toBe('2000-01-01');
    expect(await editor.getAttribute('max')).toBe('2100-12-31');
    let sent = 0;
    page.on('request', (request) => {
      if (request.url().includes('matrix.updateRows')) sent++;
    });
    await editor.fill('70331-02-02');
    await editor.press('Enter');
    await page.getByRole('alert').filter({ hasText: '2000-01-01' }).first().waitFor();
    expect(await editor.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(0);
    expect(await page.getByText('Invalid time value').count()).toBe(0);
    // A real date is saved.
    await editor.fill('2030-04-01');
    await editor.press('Enter');
    await dueCell.getByText('2030/04/01').waitFor();

    // The row panel: refused at the field before sending.
    await gridRow(page, CODE).getByRole('gridcell', { name: CODE, exact: true }).click();
    const panel = page.locator('#matrix-row');
    const field = panel.getByLabel('完了日');
    expect(await field.getAttribute('max')).toBe('2100-12-31');
    await field.fill('70331-02-02');
    const before = sent;
    await panel.getByRole('button', { name: '変更を保存' }).click();
    await panel
      .getByText(/2000-01-01.*2100-12-31/)
      .first()
      .waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(before);
    await heading.waitFor();

    // What the server refuses is shown at the field (a client that sends the bad date anyway).
    await page.route('**/trpc/matrix.updateRows**', async (route) => {
      const body = route.request().postData() ?? '';
      await route.continue({ postData: body.replace('2031-05-06', '70331-02-02') });
    });
    await field.fill('2031-05-06');
    await panel.getByRole('button', { name: '変更を保存' }).click();
    await panel.getByText('完了日は YYYY-MM-DD 形式の日付です').first().waitFor();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await page.unroute('**/trpc/matrix.updateRows**');
    await heading.waitFor();
    expect(await page.getByText('Invalid time value').count()).toBe(0);
    errors.expectNone([/status of 400/]);
  });

  it('shows a bad stored date as it is and keeps a failing view inside its page, with a retry', async () => {
    // A date no calendar has, as an older server might answer: drawn raw, never thrown.
    await page.route('**/trpc/*matrix.rows*', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('"dueDate":null', '"dueDate":"70331-02-02"');
      await route.fulfill({ response, body });
    });
    await page.goto(matrixUrl);
    await page.getByRole('grid', { name: '責任分界表' }).getByText('70331-02-02').first().waitFor();
    await page.unroute('**/trpc/*matrix.rows*');

    // A view that fails to draw (a broken answer) says so in both languages, inside the shell.
    await page.route('**/trpc/*matrix.get*', async (route) => {
      const response = await route.fetch();
      const data = (await response.json()) as { result?: { data?: { json?: object } } }[];
      for (const entry of data) {
        const json = entry.result?.data?.json;
        if (json && 'system' in json) Object.assign(json, { system: null });
      }
      await route.fulfill({ response, json: data });
    });
    await page.goto(matrixUrl);
    const failure = page.getByRole('alert').filter({ hasText: 'この画面を表示できませんでした' });
    await failure.waitFor();
    await failure.getByText('This view could not be shown').waitFor();
    await page
      .getByRole('navigation', { name: 'main' })
      .getByRole('link', { name: 'ホーム' })
      .waitFor();
    await page.unroute('**/trpc/*matrix.get*');
    await failure.getByRole('button', { name: /もう一度/ }).click();
    await page.getByRole('heading', { name: '電子カルテシステム' }).waitFor();
    expect(await failure.count()).toBe(0);
    // React reports the error it caught; nothing else may appear.
    errors.expectNone([/Cannot read properties of null/, /error boundary|errorComponent/i]);
  });

  it('lists every option of the last row’s owner editor above the grid’s edge, clickable', async () => {
    await page.goto(matrixUrl);
    const grid = page.getByRole('grid', { name: '責任分界表' });
    await grid.getByRole('gridcell').first().waitFor();
    await grid.focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Home');
    const lastRow = grid.getByRole('row').last();
    const owner = lastRow.locator('[data-column="ownerSide"]');
    await owner.dblclick();
    const listbox = page.getByRole('listbox');
    await listbox.waitFor();
    const options = listbox.getByRole('option');
    expect(await options.count()).toBeGreaterThan(2);
    const box = await grid.boundingBox();
    for (const option of await options.all()) {
      const rect = await option.boundingBox();
      if (!rect || !box) throw new Error('no box');
      // Inside the window, and what is drawn at its middle is the option itself.
      const x = rect.x + rect.width / 2;
      const y = rect.y + rect.height / 2;
      const hit = await page.evaluate(
        ([px, py]) =>
          document.elementFromPoint(px ?? 0, py ?? 0)?.closest('[role="option"]')?.textContent,
        [x, y],
      );
      expect(hit).toBe(await option.textContent());
    }
    // Click the last option where it is drawn (no scrolling first).
    const last = options.last();
    const label = (await last.textContent()) ?? '';
    const rect = await last.boundingBox();
    if (!rect) throw new Error('no box');
    await page.mouse.click(rect.x + rect.width / 2, rect.y + rect.height / 2);
    await listbox.waitFor({ state: 'detached' });
    await owner.getByText(label, { exact: true }).waitFor();
    errors.expectNone();
  });

  it('keeps the page 390 px wide on a phone: each table scrolls in its own box', async () => {
    const mobile = await openPage(env.browser, `${env.server.url}/sign-in`, {
      viewport: { width: 390, height: 844 },
    });
    const mobileErrors = consoleOf(mobile);
    const login = demoLogin(env.server, HOSPITAL);
    await signIn(mobile, login.email, login.password);
    const pages: { path: string; table: string }[] = [
      { path: '/workspaces', table: 'main h1' },
      { path: '/matrix', table: 'table' },
      { path: new URL(matrixUrl).pathname, table: '[role="grid"]' },
      { path: '/catalogs', table: 'table' },
      { path: '/members', table: 'table' },
      { path: '/systems', table: 'table' },
      { path: '/invitations', table: 'table' },
    ];
    for (const { path, table } of pages) {
      await mobile.goto(`${env.server.url}${path}`);
      await mobile.locator(table).first().waitFor();
      await mobile.waitForLoadState('networkidle');
      const widths = await mobile.evaluate((selector) => {
        const element = document.querySelector(selector);
        const box = selector === 'table' ? element?.closest('.bk-table-wrap') : element;
        const style = box ? getComputedStyle(box) : null;
        return {
          page: document.documentElement.scrollWidth,
          overflowX: style?.overflowX ?? null,
          boxWidth: box?.clientWidth ?? 0,
          boxRight: box?.getBoundingClientRect().right ?? 0,
          contentWidth: box?.scrollWidth ?? 0,
        };
      }, table);
      if (table !== 'main h1') {
        expect({ path, ...widths }).toMatchObject({ path, overflowX: 'auto' });
      }
      expect(widths.page, `${path} is wider than the phone`).toBeLessThanOrEqual(390);
      expect(widths.boxRight, `${path}: the table's box goes past the screen`).toBeLessThanOrEqual(
        390,
      );
      // The box scrolls sideways when its table is wider than the box.
      if (widths.contentWidth > widths.boxWidth) {
        const scrolled = await mobile.evaluate((selector) => {
          const element = document.querySelector(selector);
          const box = selector === 'table' ? element?.closest('.bk-table-wrap') : element;
          if (!box) return 0;
          box.scrollLeft = 60;
          return box.scrollLeft;
        }, table);
        expect(scrolled, `${path}: the table's box does not scroll`).toBeGreaterThan(0);
      }
    }
    mobileErrors.expectNone();
    await mobile.context().close();
  });

  it('refuses to invite one’s own address; a closed or foreign link shows nothing of the invitation', async () => {
    await page.goto(`${env.server.url}/invitations`);
    const form = page.getByRole('form', { name: '事業者を招待' });
    const email = form.getByLabel('事業者のメールアドレス');
    await email.fill(HOSPITAL);
    await form.getByRole('checkbox').first().check();
    await form.getByRole('button', { name: '招待を送信' }).click();
    await form.getByText('ご自身のメールアドレスには招待を送れません').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    // A colleague's address is refused as well.
    await email.fill('minato.member@demo.bunkai.example');
    await form.getByRole('button', { name: '招待を送信' }).click();
    await form.getByText('既にこの組織のメンバーです').first().waitFor();

    await email.fill('security@robust-vendor.test');
    await form.getByRole('button', { name: '招待を送信' }).click();
    await page.getByText('受諾待ち').first().waitFor();
    const mail = await waitForMail(
      env.browser,
      env.server.url,
      'security@robust-vendor.test',
      'invitations/accept',
    );
    const link = /https?:\/\/\S+\/invitations\/accept\?token=[a-z0-9]+/.exec(mail.text)?.[0];
    if (!link) throw new Error('no invitation mail');

    // The invited address (not signed in) sees the invitation.
    const guest = await openPage(env.browser, link);
    const guestErrors = consoleOf(guest);
    await guest.getByText('市立みなと総合病院（デモ）').first().waitFor();

    // A signed-in member of another organization gets the same answer as a dead link.
    const other = await openPage(env.browser, `${env.server.url}/sign-in`);
    const otherErrors = consoleOf(other);
    const otherLogin = demoLogin(env.server, OTHER_VENDOR);
    await signIn(other, otherLogin.email, otherLogin.password);
    await other.goto(link);
    await other.getByText('この招待は無効になりました').waitFor();
    expect(await other.getByText('市立みなと総合病院').count()).toBe(0);
    expect(await other.getByText('security@robust-vendor.test').count()).toBe(0);

    // Revoked: the link shows only that it is no longer valid.
    await page
      .getByRole('row')
      .filter({ hasText: 'security@robust-vendor.test' })
      .getByRole('button', { name: '取り消し' })
      .click();
    await page.getByRole('dialog').getByRole('button', { name: '取り消す' }).click();
    await page.getByText('取り消し済み').first().waitFor();
    await guest.reload();
    await guest.getByText('この招待は無効になりました').waitFor();
    expect(await guest.getByText('市立みなと総合病院').count()).toBe(0);
    expect(await guest.getByText('security@robust-vendor.test').count()).toBe(0);
    guestErrors.expectNone([/status of 404/]);
    otherErrors.expectNone([/status of 404/]);
    errors.expectNone([/status of 400/]);
    await guest.context().close();
    await other.context().close();
  });
});
