import type { Browser, Page } from 'playwright-core';
import { totpCode } from '@bunkai/api/testing';
import type { RunningServer } from '@bunkai/api-server/server';

/** A fresh browser context (its own cookies), on a page of the app. */
export async function openPage(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'サインイン' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
}

export function demoLogin(
  server: RunningServer,
  email: string,
): { email: string; password: string } {
  const login = server.demoLogins.find((l) => l.email === email);
  if (!login) throw new Error(`no demo login ${email}`);
  return login;
}

/**
 * Sets up the authenticator on /account: confirms the password, reads the key shown for manual
 * entry, types a code.
 */
export async function enrolMfa(page: Page, password: string): Promise<void> {
  await page.goto(new URL('/account', page.url()).toString());
  await page.getByLabel('現在のパスワード（ご本人の確認のため）').fill(password);
  await page.getByRole('button', { name: '設定する' }).click();
  const secret = (await page.locator('code').first().textContent())?.replace(/\s/g, '') ?? '';
  await page.getByLabel('確認コード（6桁）').fill(totpCode(secret, new Date()));
  await page.getByRole('button', { name: '有効にする' }).click();
  await page.getByRole('list', { name: 'リカバリーコード' }).waitFor();
  await page.getByRole('button', { name: '保管しました' }).click();
}

/** After the sign-up form: opens the confirmation link from the SMTP sink and finishes. */
export async function confirmSignUpFromMail(
  page: Page,
  server: RunningServer,
  email: string,
): Promise<void> {
  await page.getByText(/確認メールを送信しました/).waitFor();
  const mail = await server.mailSink?.waitFor(
    (m) => m.to.includes(email) && m.text.includes('/sign-up/confirm'),
  );
  const link = /https?:\/\/\S+\/sign-up\/confirm\?\S+/.exec(mail?.text ?? '')?.[0];
  if (!link) throw new Error(`no sign-up confirmation mail to ${email}`);
  await page.goto(link);
  await page.getByRole('button', { name: '登録を完了する' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-up'));
}
