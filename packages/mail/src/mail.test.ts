import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMailer, type Mailer } from './mailer';
import { startMailSink, type MailSink } from './sink';
import {
  colleagueInvitationMail,
  escapeHtml,
  passwordResetMail,
  vendorInvitationMail,
} from './templates';

// 2026-12-02 15:04 JST
const expiresAt = new Date('2026-12-02T06:04:00Z');
const acceptUrl = 'https://bunkai.example/invitations/accept?token=abc123&lang=ja';

describe('mail over SMTP to the sink', () => {
  let sink: MailSink;
  let mailer: Mailer;

  beforeAll(async () => {
    sink = await startMailSink({ port: 0 });
    mailer = createMailer({ smtpUrl: sink.url, from: 'Bunkai <no-reply@bunkai.example>' });
  });
  afterAll(async () => {
    mailer.close();
    await sink.close();
  });
  beforeEach(() => {
    sink.clear();
  });

  it('listens on a free loopback port', () => {
    expect(sink.host).toBe('127.0.0.1');
    expect(sink.port).toBeGreaterThan(0);
    expect(sink.url).toBe(`smtp://127.0.0.1:${sink.port}`);
  });

  it('delivers a Japanese vendor invitation with the link and escaped names', async () => {
    const hospitalName = '<script>alert("x")</script>市立&病院';
    const mail = vendorInvitationMail({
      locale: 'ja',
      hospitalName,
      inviterName: '山田 太郎',
      systemNames: ['電子カルテ', 'PACS <v2>'],
      acceptUrl,
      expiresAt,
      message: 'よろしくお願いいたします。\n<b>担当</b>: 情報システム課',
    });
    await mailer.send({ to: 'vendor@example.jp', ...mail });

    const received = await sink.waitFor((m) => m.to.includes('vendor@example.jp'));
    expect(received.from).toBe('no-reply@bunkai.example');
    expect(received.to).toEqual(['vendor@example.jp']);
    expect(received.subject).toBe(
      '【Bunkai】<script>alert("x")</script>市立&病院から責任分界表ワークスペースへの招待',
    );
    expect(received.text.split('\n')).toContain(acceptUrl);
    expect(received.text).toContain('2026年12月2日 15:04 (JST)');
    expect(received.text).toContain('一度のみ有効');
    expect(received.text).toContain('[English]');
    // Japanese comes first, English after the separator.
    expect(received.text.indexOf('招待が届いています')).toBeLessThan(
      received.text.indexOf('has invited you'),
    );

    const html = received.html ?? '';
    expect(html).toContain(`href="${escapeHtml(acceptUrl)}"`);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>担当</b>');
    expect(html).not.toContain('PACS <v2>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;市立&amp;病院');
    expect(html).toContain('&lt;b&gt;担当&lt;/b&gt;');
  });

  it('delivers an English vendor invitation with the Japanese section second', async () => {
    const mail = vendorInvitationMail({
      locale: 'en',
      hospitalName: 'City Hospital',
      inviterName: 'Taro Yamada',
      systemNames: ['EHR'],
      acceptUrl,
      expiresAt,
    });
    await mailer.send({ to: 'vendor-en@example.com', ...mail });

    const received = await sink.waitFor((m) => m.to.includes('vendor-en@example.com'));
    expect(received.subject).toBe(
      '[Bunkai] City Hospital has invited you to a responsibility matrix workspace',
    );
    expect(received.text.split('\n')).toContain(acceptUrl);
    expect(received.text).toContain('December 2, 2026, 15:04 (JST)');
    expect(received.text).toContain('[日本語]');
    expect(received.text.indexOf('has invited you')).toBeLessThan(
      received.text.indexOf('招待が届いています'),
    );
    expect(received.html).toContain(`href="${escapeHtml(acceptUrl)}"`);
    expect(received.html).toContain('<html lang="en">');
  });

  it('delivers a colleague invitation and a password reset', async () => {
    await mailer.send({
      to: 'colleague@example.jp',
      ...colleagueInvitationMail({
        locale: 'ja',
        organizationName: '株式会社サンプル医療システム',
        inviterName: '佐藤 花子',
        role: 'admin',
        acceptUrl,
        expiresAt,
      }),
    });
    const resetUrl = 'https://bunkai.example/reset?token=r3s3t';
    await mailer.send({
      to: 'user@example.jp',
      ...passwordResetMail({ locale: 'ja', resetUrl, expiresAt }),
    });

    const invite = await sink.waitFor((m) => m.to.includes('colleague@example.jp'));
    expect(invite.subject).toBe('【Bunkai】株式会社サンプル医療システムへの参加のご招待');
    expect(invite.text).toContain('管理者の権限');
    expect(invite.text.split('\n')).toContain(acceptUrl);

    const reset = await sink.waitFor((m) => m.to.includes('user@example.jp'));
    expect(reset.subject).toBe('【Bunkai】パスワード再設定のご案内');
    expect(reset.text.split('\n')).toContain(resetUrl);
    expect(reset.text).toContain('30分間');
    expect(reset.text).toContain('お心当たりのない場合は、このメールを無視してください');
    expect(reset.html).toContain(`href="${escapeHtml(resetUrl)}"`);
    expect(sink.messages().map((m) => m.to[0])).toEqual([
      'colleague@example.jp',
      'user@example.jp',
    ]);
  });

  it('waitFor rejects after its timeout when nothing matches', async () => {
    await expect(sink.waitFor((m) => m.subject === 'never', 50)).rejects.toThrow(
      /No matching mail within 50 ms/,
    );
  });

  it('names the recipient when sending fails', async () => {
    const closed = await startMailSink();
    const url = closed.url;
    await closed.close();
    const broken = createMailer({ smtpUrl: url, from: 'no-reply@bunkai.example' });
    try {
      await expect(
        broken.send({ to: 'nobody@example.jp', subject: 'x', text: 'x' }),
      ).rejects.toThrow(/nobody@example\.jp/);
    } finally {
      broken.close();
    }
  });
});

describe('templates', () => {
  it('defaults to Japanese', () => {
    const mail = passwordResetMail({ resetUrl: 'https://bunkai.example/r', expiresAt });
    expect(mail.subject).toBe('【Bunkai】パスワード再設定のご案内');
  });

  it('keeps names on one line in the subject', () => {
    const mail = vendorInvitationMail({
      hospitalName: '市立\r\nBcc: evil@example.com 病院',
      inviterName: 'a',
      systemNames: [],
      acceptUrl,
      expiresAt,
    });
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('refuses non-http links', () => {
    expect(() =>
      passwordResetMail({ resetUrl: 'javascript:alert(1)', expiresAt, locale: 'en' }),
    ).toThrow(/http/);
  });
});
