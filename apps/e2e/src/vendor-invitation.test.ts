import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable } from './testing/browser';
import { waitForMail } from './testing/mailbox';
import { confirmSignUpFromMail, demoLogin, enrolMfa, openPage, signIn } from './testing/pages';
import { useServerAndBrowser } from './testing/server';

const PASSWORD = 'e2e-Kobe-harbour-2026';

describe.runIf(browserAvailable())('a hospital invites a vendor (Chromium)', () => {
  const env = useServerAndBrowser({ beforeAll, afterEach, afterAll });

  it('signs up a hospital, invites a vendor by mail, and both see the workspace', async () => {
    // The hospital's security manager signs up and sets up MFA (required for owners).
    const hospital = await openPage(env.browser, `${env.server.url}/sign-up`);
    await hospital.getByLabel('メールアドレス').fill('ciso@umibe-hospital.test');
    await hospital.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await hospital.getByLabel('氏名').fill('海辺 花子');
    await hospital.getByRole('radio', { name: '病院', exact: true }).check();
    await hospital.getByLabel('組織名').fill('海辺中央病院');
    await hospital.getByLabel('病院の規模区分').selectOption({ index: 2 });
    await hospital.getByRole('button', { name: '登録する' }).click();
    await confirmSignUpFromMail(hospital, env.server, 'ciso@umibe-hospital.test');
    await enrolMfa(hospital, PASSWORD);

    // A system, then the invitation for it.
    await hospital.goto(`${env.server.url}/systems`);
    await hospital.getByLabel('システム名').fill('電子カルテ（本院）');
    await hospital.getByLabel('区分').selectOption({ index: 1 });
    await hospital.getByLabel('提供形態').selectOption({ index: 1 });
    await hospital.getByRole('button', { name: '追加' }).click();
    await hospital.getByRole('cell', { name: '電子カルテ（本院）', exact: true }).waitFor();
    await hospital.goto(`${env.server.url}/invitations`);
    const form = hospital.getByRole('form', { name: '事業者を招待' });
    await form.getByLabel('事業者のメールアドレス').fill('security@kaisha-vendor.test');
    await form.getByRole('checkbox', { name: /電子カルテ（本院）/ }).check();
    await form.getByRole('button', { name: '招待を送信' }).click();
    await hospital.getByText('受諾待ち').waitFor();

    // The vendor opens the link from the mail that reached the server's mail sink.
    const mail = await waitForMail(
      env.browser,
      env.server.url,
      'security@kaisha-vendor.test',
      'invitations/accept',
    );
    expect(mail.subject).toContain('海辺中央病院');
    const link = /https?:\/\/\S+\/invitations\/accept\?token=[a-z0-9]+/.exec(mail.text)?.[0];
    expect(link).toBeDefined();
    const vendor = await openPage(env.browser, link ?? '');
    await vendor.getByText('海辺中央病院').first().waitFor();
    await vendor.getByRole('link', { name: '新規登録して受諾' }).click();
    await vendor.getByLabel('パスワード', { exact: true }).fill(PASSWORD);
    await vendor.getByLabel('氏名').fill('会社 太郎');
    await vendor.getByRole('button', { name: '登録する' }).click();
    await confirmSignUpFromMail(vendor, env.server, 'security@kaisha-vendor.test');
    await vendor.getByLabel('新しい事業者の組織名').fill('株式会社カイシャ医療システム');
    await vendor.getByRole('button', { name: '受諾する' }).click();
    // A new vendor owner must set up MFA before the workspace opens.
    await vendor.waitForURL(/\/(account|workspaces)/);
    await enrolMfa(vendor, PASSWORD);
    await vendor.goto(`${env.server.url}/workspaces`);
    await vendor.getByText('海辺中央病院').first().waitFor();
    await vendor.getByText('電子カルテ（本院）').first().waitFor();

    await hospital.goto(`${env.server.url}/workspaces`);
    await hospital.getByText('株式会社カイシャ医療システム').first().waitFor();

    // Another vendor's people do not see it.
    const other = await openPage(env.browser, `${env.server.url}/sign-in`);
    const otherLogin = demoLogin(env.server, 'toto-imaging.admin@demo.bunkai.example');
    await signIn(other, otherLogin.email, otherLogin.password);
    await other.goto(`${env.server.url}/workspaces`);
    await other.getByText('市立みなと総合病院（デモ）').first().waitFor();
    expect(await other.getByText('海辺中央病院').count()).toBe(0);
  });
});
