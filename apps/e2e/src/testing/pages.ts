import { decodeBase32IgnorePadding } from '@oslojs/encoding';
import { generateTOTP } from '@oslojs/otp';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { watchConsole } from './console';
import { waitForMail } from './mailbox';
import type { TestServer } from './server';

/** A fresh browser context (its own cookies, its console watched), on a page of the app. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<Page> {
  const context = await browser.newContext({
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    ...options,
  });
  watchConsole(context);
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

export function demoLogin(server: TestServer, email: string): { email: string; password: string } {
  const login = server.demoLogins.find((l) => l.email === email);
  if (!login) throw new Error(`no demo login ${email}`);
  return login;
}

/** What an authenticator app shows now for the base32 key the app displays. */
function totpCode(key: string): string {
  return generateTOTP(decodeBase32IgnorePadding(key), 30, 6);
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
  await page.getByLabel('確認コード（6桁）').fill(totpCode(secret));
  await page.getByRole('button', { name: '有効にする' }).click();
  await page.getByRole('list', { name: 'リカバリーコード' }).waitFor();
  await page.getByRole('button', { name: '保管しました' }).click();
}

/** After the sign-up form: opens the confirmation link from the dev mailbox and finishes. */
export async function confirmSignUpFromMail(
  page: Page,
  server: TestServer,
  email: string,
): Promise<void> {
  await page.getByText(/確認メールを送信しました/).waitFor();
  const browser = page.context().browser();
  if (!browser) throw new Error('the page has no browser');
  const mail = await waitForMail(browser, server.url, email, '/sign-up/confirm');
  const link = /https?:\/\/\S+\/sign-up\/confirm\?\S+/.exec(mail.text)?.[0];
  if (!link) throw new Error(`no sign-up confirmation mail to ${email}`);
  await page.goto(link);
  await page.getByRole('button', { name: '登録を完了する' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-up'));
}
