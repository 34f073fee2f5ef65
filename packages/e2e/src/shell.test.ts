import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '@bunkai/api-server/server';
import { browserAvailable, launchBrowser } from './testing/browser';
import { startTestServer } from './testing/server';

describe.runIf(browserAvailable())('the web shell in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser.close();
    await server.stop();
  });

  it('opens in Japanese with the navigation and live service status', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    const nav = page.getByRole('navigation', { name: 'main' });
    for (const label of [
      'ワークスペース',
      '責任分界表',
      '開示書',
      '改訂アラート',
      'ネットワーク',
    ]) {
      await expect(nav.getByRole('link', { name: label }).isVisible()).resolves.toBe(true);
    }
    await page.getByText('組み込み (PGlite)').waitFor();
    await page.close();
  });

  it('switches to English and remembers it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Responsibility matrix' }).click();
    await page.getByRole('heading', { name: 'Responsibility matrix' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Responsibility matrix' }).waitFor();
    await page.close();
  });

  it('serves deep links to the single-page app', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/alerts`);
    expect(response?.status()).toBe(200);
    await page.getByRole('heading', { name: '改訂アラート' }).waitFor();
    await page.close();
  });
});
