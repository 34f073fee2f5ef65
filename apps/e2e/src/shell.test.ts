import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './testing/browser';
import { demoLogin, openPage, signIn } from './testing/pages';
import { useServerAndBrowser } from './testing/server';

describe.runIf(browserAvailable())('the web shell in Chromium', () => {
  const env = useServerAndBrowser({ beforeAll, afterEach, afterAll });

  it('asks for sign-in in Japanese, then shows the navigation and live service status', async () => {
    const page = await openPage(env.browser, `${env.server.url}/alerts`);
    await page.waitForURL(/\/sign-in/);
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    const login = demoLogin(env.server, 'minato.admin@demo.bunkai.example');
    await signIn(page, login.email, login.password);
    // Back where they wanted to go.
    await page.getByRole('heading', { name: '改訂アラート' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'main' });
    for (const label of [
      'ワークスペース',
      '責任分界表',
      '開示書',
      '改訂アラート',
      'ネットワーク',
    ]) {
      await nav.getByRole('link', { name: label, exact: true }).waitFor();
    }
    await nav.getByRole('link', { name: 'ホーム' }).click();
    await page.getByText('組み込み (PGlite)').waitFor();
    await page.context().close();
  });

  it('switches to English and remembers it, and back to Japanese', async () => {
    const page = await openPage(env.browser, env.server.url);
    const login = demoLogin(env.server, 'medsys.member@demo.bunkai.example');
    await signIn(page, login.email, login.password);
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('link', { name: 'Responsibility matrix' }).click();
    await page.getByRole('heading', { name: 'Responsibility matrix' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { name: 'Responsibility matrix' }).waitFor();
    // Opened in English, so only English texts were fetched: switching fetches the Japanese ones.
    await page.getByRole('radio', { name: '日本語' }).click();
    await page.getByRole('heading', { name: '責任分界表' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await page.context().close();
  });
});
