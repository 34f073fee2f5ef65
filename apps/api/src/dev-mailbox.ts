import { escapeHtml } from '@bunkai/mail';
import type { ReceivedMail } from '@bunkai/mail/sink';

/** The development sink's mail, newest first, as a plain page (no scripts, CSP-safe). */
export function renderMailbox(messages: ReceivedMail[]): string {
  const items = [...messages]
    .reverse()
    .map(
      (m) => `<article>
  <h2>${escapeHtml(m.subject)}</h2>
  <p>To: ${escapeHtml(m.to.join(', '))} · ${escapeHtml(m.receivedAt.toISOString())}</p>
  <pre>${linkify(escapeHtml(m.text))}</pre>
</article>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>開発用メールボックス / Dev mailbox</title></head>
<body><h1>開発用メールボックス / Dev mailbox (${messages.length})</h1>
${items || '<p>メールはまだありません / No mail yet</p>'}
</body></html>`;
}

function linkify(escaped: string): string {
  return escaped.replace(/https?:\/\/[^\s<]+/g, (url) => `<a href="${url}">${url}</a>`);
}
