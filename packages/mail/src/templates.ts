// Transactional mail bodies. Japanese first by default; every mail also carries a short section
// in the other language so whoever receives it can act on it.

import {
  formatJst,
  labelsIn,
  MEMBERSHIP_ROLE_LABELS,
  type Language,
  type MembershipRole,
} from '@bunkai/model';

export interface MailContent {
  subject: string;
  text: string;
  html: string;
}

export interface VendorInvitationMailInput {
  locale?: Language;
  hospitalName: string;
  inviterName: string;
  systemNames: string[];
  acceptUrl: string;
  expiresAt: Date;
  message?: string | null;
}

export interface ColleagueInvitationMailInput {
  locale?: Language;
  organizationName: string;
  inviterName: string;
  role: MembershipRole;
  acceptUrl: string;
  expiresAt: Date;
  message?: string | null;
}

export interface PasswordResetMailInput {
  locale?: Language;
  resetUrl: string;
  expiresAt: Date;
}

export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

type Block =
  | { kind: 'p'; text: string }
  | { kind: 'list'; title: string; items: string[] }
  | { kind: 'quote'; title: string; text: string }
  | { kind: 'link'; label: string; url: string };

interface Section {
  lang: Language;
  blocks: Block[];
}

const SECONDARY_HEADING: Record<Language, string> = { ja: '[日本語]', en: '[English]' };
const LINK_FALLBACK: Record<Language, string> = {
  ja: 'ボタンが機能しない場合は、次のURLをブラウザに貼り付けてください。',
  en: 'If the button does not work, paste this URL into your browser:',
};
const FOOTER: Record<Language, string> = {
  ja: 'このメールは Bunkai（医療情報システムの責任分界表・MDS/SDS 共有サービス）から自動送信しています。',
  en: 'This message was sent automatically by Bunkai, a service for sharing responsibility matrices and MDS/SDS for medical information systems.',
};
const SEPARATOR = '-'.repeat(40);

// Tokens travel in these links; anything but http(s) is a bug upstream, never a link to render.
function checkUrl(url: string): string {
  const protocol = new URL(url).protocol;
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`Mail links must be http(s) URLs, got ${protocol}`);
  }
  return url;
}

// Names end up in a header; a newline there must not start a new one.
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

function blockText(block: Block, lang: Language): string {
  switch (block.kind) {
    case 'p':
      return block.text;
    case 'list':
      return [block.title, ...block.items.map((i) => (lang === 'ja' ? `・${i}` : `- ${i}`))].join(
        '\n',
      );
    case 'quote':
      return [block.title, ...block.text.split(/\r?\n/).map((l) => `> ${l}`)].join('\n');
    case 'link':
      // On its own line so mail clients linkify it and nothing sticks to the token.
      return block.url;
  }
}

function htmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>');
}

const P = 'margin:0 0 16px;';

function blockHtml(block: Block, lang: Language): string {
  switch (block.kind) {
    case 'p':
      return `<p style="${P}">${htmlLines(block.text)}</p>`;
    case 'list':
      return `<p style="margin:0 0 4px;">${htmlLines(block.title)}</p><ul style="${P}">${block.items
        .map((i) => `<li>${escapeHtml(i)}</li>`)
        .join('')}</ul>`;
    case 'quote':
      return `<p style="margin:0 0 4px;">${htmlLines(block.title)}</p><blockquote style="${P}padding:8px 12px;border-left:4px solid #c8d3df;background:#f5f7fa;white-space:pre-wrap;">${escapeHtml(block.text)}</blockquote>`;
    case 'link': {
      const href = escapeHtml(block.url);
      return `<p style="${P}"><a href="${href}" style="display:inline-block;padding:10px 20px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px;">${escapeHtml(block.label)}</a></p><p style="${P}font-size:12px;color:#555555;word-break:break-all;">${escapeHtml(LINK_FALLBACK[lang])}<br><a href="${href}">${href}</a></p>`;
    }
  }
}

function render(subject: string, primary: Section, secondary: Section): MailContent {
  const text = [
    primary.blocks.map((b) => blockText(b, primary.lang)).join('\n\n'),
    SEPARATOR,
    [
      SECONDARY_HEADING[secondary.lang],
      ...secondary.blocks.map((b) => blockText(b, secondary.lang)),
    ].join('\n\n'),
    SEPARATOR,
    FOOTER[primary.lang],
    FOOTER[secondary.lang],
  ].join('\n\n');

  const section = (s: Section, heading: boolean): string =>
    `<div lang="${s.lang}">${heading ? `<p style="${P}font-weight:bold;">${escapeHtml(SECONDARY_HEADING[s.lang])}</p>` : ''}${s.blocks
      .map((b) => blockHtml(b, s.lang))
      .join('')}</div>`;
  const hr = '<hr style="border:none;border-top:1px solid #dddddd;margin:24px 0;">';
  const html = `<!doctype html><html lang="${primary.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(subject)}</title></head><body style="margin:0;padding:24px;font-family:sans-serif;font-size:14px;line-height:1.7;color:#222222;">${section(primary, false)}${hr}${section(secondary, true)}${hr}<p style="${P}font-size:12px;color:#555555;">${escapeHtml(FOOTER[primary.lang])}<br>${escapeHtml(FOOTER[secondary.lang])}</p></body></html>`;

  return { subject, text, html };
}

function other(locale: Language): Language {
  return locale === 'ja' ? 'en' : 'ja';
}

function compose(
  locale: Language,
  subjects: Record<Language, string>,
  sections: (lang: Language, primary: boolean) => Block[],
): MailContent {
  const second = other(locale);
  return render(
    subjects[locale],
    { lang: locale, blocks: sections(locale, true) },
    { lang: second, blocks: sections(second, false) },
  );
}

function message(text: string | null | undefined): string | null {
  const trimmed = text?.trim();
  return trimmed ? trimmed : null;
}

/** A hospital invites a vendor into the shared workspace for some of its systems. */
/** The accept link and its notes, the same for every invitation; `resendFrom` is who resends. */
function acceptBlocks(lang: Language, url: string, expiresAt: Date, resendFrom: string): Block[] {
  return lang === 'ja'
    ? [
        { kind: 'p', text: '以下のリンクから招待を承諾してください。' },
        { kind: 'link', label: '招待を承諾する', url },
        {
          kind: 'p',
          text: [
            `※このリンクは一度のみ有効です。有効期限は7日間（${formatJst(expiresAt, 'ja')}まで）です。`,
            `※期限が切れた場合は、${resendFrom}に招待の再送をご依頼ください。`,
            '※お心当たりのない場合は、このメールを破棄してください。',
          ].join('\n'),
        },
      ]
    : [
        { kind: 'p', text: 'Accept the invitation with this link:' },
        { kind: 'link', label: 'Accept the invitation', url },
        {
          kind: 'p',
          text: [
            `The link can be used only once and is valid for 7 days, until ${formatJst(expiresAt, 'en')}.`,
            `If it has expired, ask ${resendFrom} to send the invitation again.`,
            'If you were not expecting this invitation, you can ignore this e-mail.',
          ].join('\n'),
        },
      ];
}

export function vendorInvitationMail(input: VendorInvitationMailInput): MailContent {
  const locale = input.locale ?? 'ja';
  const url = checkUrl(input.acceptUrl);
  const hospital = oneLine(input.hospitalName);
  const inviter = oneLine(input.inviterName);
  const systems = input.systemNames.map(oneLine).filter((s) => s !== '');
  const note = message(input.message);

  return compose(
    locale,
    {
      ja: `【Bunkai】${hospital}から責任分界表ワークスペースへの招待`,
      en: `[Bunkai] ${hospital} has invited you to a responsibility matrix workspace`,
    },
    (lang, primary) => {
      const blocks: Block[] = [];
      if (lang === 'ja') {
        blocks.push({
          kind: 'p',
          text: `${hospital}の${inviter}様から、Bunkai の責任分界表ワークスペースへの招待が届いています。`,
        });
        if (primary) {
          blocks.push({
            kind: 'p',
            text: 'ワークスペースでは、医療情報システムについて病院と貴社の責任分界（どちらが何を担うか）を確認・合意し、MDS/SDS を共有できます。',
          });
        }
        if (systems.length > 0)
          blocks.push({ kind: 'list', title: '対象システム:', items: systems });
        if (primary && note) {
          blocks.push({ kind: 'quote', title: `${inviter}様からのメッセージ:`, text: note });
        }
        blocks.push(...acceptBlocks('ja', url, input.expiresAt, `${hospital}のご担当者様`));
      } else {
        blocks.push({
          kind: 'p',
          text: `${inviter} of ${hospital} has invited you to a Bunkai workspace.`,
        });
        if (primary) {
          blocks.push({
            kind: 'p',
            text: 'In the workspace, the hospital and your company agree on who is responsible for what for its medical information systems (the responsibility matrix) and share MDS/SDS disclosures.',
          });
        }
        if (systems.length > 0) blocks.push({ kind: 'list', title: 'Systems:', items: systems });
        if (primary && note) {
          blocks.push({ kind: 'quote', title: `Message from ${inviter}:`, text: note });
        }
        blocks.push(...acceptBlocks('en', url, input.expiresAt, `your contact at ${hospital}`));
      }
      return blocks;
    },
  );
}

// In an English sentence the role is written in lower case ("as an administrator").
const ROLE_LABEL: Record<Language, Record<MembershipRole, string>> = {
  ja: labelsIn(MEMBERSHIP_ROLE_LABELS, 'ja'),
  en: Object.fromEntries(
    Object.entries(labelsIn(MEMBERSHIP_ROLE_LABELS, 'en')).map(([role, word]) => [
      role,
      word.toLowerCase(),
    ]),
  ) as Record<MembershipRole, string>,
};

/** Someone invites a colleague into their own organization. */
export function colleagueInvitationMail(input: ColleagueInvitationMailInput): MailContent {
  const locale = input.locale ?? 'ja';
  const url = checkUrl(input.acceptUrl);
  const org = oneLine(input.organizationName);
  const inviter = oneLine(input.inviterName);
  const note = message(input.message);

  return compose(
    locale,
    {
      ja: `【Bunkai】${org}への参加のご招待`,
      en: `[Bunkai] You have been invited to join ${org}`,
    },
    (lang, primary) => {
      const blocks: Block[] = [];
      if (lang === 'ja') {
        blocks.push({
          kind: 'p',
          text: `${inviter}様から、Bunkai の「${org}」への参加招待が届いています。\n承諾すると、${ROLE_LABEL.ja[input.role]}の権限で参加します。`,
        });
        if (primary && note) {
          blocks.push({ kind: 'quote', title: `${inviter}様からのメッセージ:`, text: note });
        }
        blocks.push(...acceptBlocks('ja', url, input.expiresAt, `${inviter}様`));
      } else {
        const role = ROLE_LABEL.en[input.role];
        blocks.push({
          kind: 'p',
          text: `${inviter} has invited you to join ${org} on Bunkai as ${role === 'administrator' || role === 'owner' ? 'an' : 'a'} ${role}.`,
        });
        if (primary && note) {
          blocks.push({ kind: 'quote', title: `Message from ${inviter}:`, text: note });
        }
        blocks.push(...acceptBlocks('en', url, input.expiresAt, inviter));
      }
      return blocks;
    },
  );
}

export function passwordResetMail(input: PasswordResetMailInput): MailContent {
  const locale = input.locale ?? 'ja';
  const url = checkUrl(input.resetUrl);

  return compose(
    locale,
    { ja: '【Bunkai】パスワード再設定のご案内', en: '[Bunkai] Reset your password' },
    (lang) =>
      lang === 'ja'
        ? [
            {
              kind: 'p',
              text: 'Bunkai のパスワード再設定のお申し込みを受け付けました。\n以下のリンクから新しいパスワードを設定してください。',
            },
            { kind: 'link', label: 'パスワードを再設定する', url },
            {
              kind: 'p',
              text: [
                `※このリンクは一度のみ有効です。有効期限は30分間（${formatJst(input.expiresAt, 'ja')}まで）です。`,
                '※期限が切れた場合は、ログイン画面から改めてお手続きください。',
                '※お心当たりのない場合は、このメールを無視してください。パスワードは変更されません。',
              ].join('\n'),
            },
          ]
        : [
            {
              kind: 'p',
              text: 'We received a request to reset your Bunkai password.\nSet a new password with this link:',
            },
            { kind: 'link', label: 'Reset your password', url },
            {
              kind: 'p',
              text: [
                `The link can be used only once and expires in 30 minutes, at ${formatJst(input.expiresAt, 'en')}.`,
                'If it has expired, request a new one from the sign-in page.',
                'If you did not ask for this, you can ignore this e-mail; your password will not change.',
              ].join('\n'),
            },
          ],
  );
}

export interface MentionMailInput {
  locale?: Language;
  authorName: string;
  authorOrganization: string;
  systemName: string;
  code: string;
  comment: string;
  rowUrl: string;
}

/** Someone mentions a person of either party in a comment on a matrix row. */
export function mentionMail(input: MentionMailInput): MailContent {
  const locale = input.locale ?? 'ja';
  const url = checkUrl(input.rowUrl);
  const author = oneLine(input.authorName);
  const org = oneLine(input.authorOrganization);
  const system = oneLine(input.systemName);
  const code = oneLine(input.code);
  return compose(
    locale,
    {
      ja: `【Bunkai】${system} 責任分界表 ${code} で${author}様からメンションされました`,
      en: `[Bunkai] ${author} mentioned you on ${code} of the ${system} matrix`,
    },
    (lang) =>
      lang === 'ja'
        ? [
            {
              kind: 'p',
              text: `${org}の${author}様が、${system}の責任分界表（項番 ${code}）のコメントであなたをメンションしました。`,
            },
            { kind: 'quote', title: 'コメント:', text: input.comment },
            { kind: 'link', label: '行を開く', url },
          ]
        : [
            {
              kind: 'p',
              text: `${author} of ${org} mentioned you in a comment on item ${code} of the ${system} responsibility matrix.`,
            },
            { kind: 'quote', title: 'Comment:', text: input.comment },
            { kind: 'link', label: 'Open the row', url },
          ],
  );
}

export interface SignUpConfirmationMailInput {
  locale?: Language;
  confirmUrl: string;
  expiresAt: Date;
}

/** The link that turns a sign-up into an account: proof that the address is the signer's. */
export function signUpConfirmationMail(input: SignUpConfirmationMailInput): MailContent {
  const url = checkUrl(input.confirmUrl);
  return compose(
    input.locale ?? 'ja',
    { ja: '【Bunkai】メールアドレスの確認', en: '[Bunkai] Confirm your e-mail address' },
    (lang) =>
      lang === 'ja'
        ? [
            {
              kind: 'p',
              text: 'Bunkai へのご登録ありがとうございます。\n以下のリンクからメールアドレスを確認し、登録を完了してください。',
            },
            { kind: 'link', label: '登録を完了する', url },
            {
              kind: 'p',
              text: [
                `※このリンクは一度のみ有効です。有効期限は24時間（${formatJst(input.expiresAt, 'ja')}まで）です。`,
                '※お心当たりのない場合は、このメールを無視してください。アカウントは作成されません。',
              ].join('\n'),
            },
          ]
        : [
            {
              kind: 'p',
              text: 'Thank you for signing up to Bunkai.\nConfirm your e-mail address with this link to finish:',
            },
            { kind: 'link', label: 'Finish signing up', url },
            {
              kind: 'p',
              text: [
                `The link can be used only once and expires in 24 hours, at ${formatJst(input.expiresAt, 'en')}.`,
                'If you did not sign up, ignore this e-mail; no account will be created.',
              ].join('\n'),
            },
          ],
  );
}

export interface AlreadyRegisteredMailInput {
  locale?: Language;
  signInUrl: string;
  resetUrl: string;
}

/** Someone signed up with an address that has an account: tell its owner, not the form. */
export function alreadyRegisteredMail(input: AlreadyRegisteredMailInput): MailContent {
  const signIn = checkUrl(input.signInUrl);
  const reset = checkUrl(input.resetUrl);
  return compose(
    input.locale ?? 'ja',
    {
      ja: '【Bunkai】このメールアドレスは登録済みです',
      en: '[Bunkai] This e-mail address already has an account',
    },
    (lang) =>
      lang === 'ja'
        ? [
            {
              kind: 'p',
              text: 'このメールアドレスで Bunkai への新規登録が申し込まれましたが、既にアカウントがあります。\nサインインしてください。パスワードをお忘れの場合は再設定できます。',
            },
            { kind: 'link', label: 'サインインする', url: signIn },
            { kind: 'link', label: 'パスワードを再設定する', url: reset },
            {
              kind: 'p',
              text: '※お心当たりのない場合は、このメールを無視してください。アカウントは変更されません。',
            },
          ]
        : [
            {
              kind: 'p',
              text: 'Someone tried to sign up to Bunkai with this e-mail address, which already has an account.\nSign in instead, or reset your password if you forgot it.',
            },
            { kind: 'link', label: 'Sign in', url: signIn },
            { kind: 'link', label: 'Reset your password', url: reset },
            {
              kind: 'p',
              text: 'If this was not you, ignore this e-mail; your account has not changed.',
            },
          ],
  );
}
