import type { Browser } from 'playwright-core';

export interface Mail {
  subject: string;
  to: string[];
  text: string;
}

const POLL_MS = 200;

/**
 * The newest mail to `to` whose text contains `containing`, read where a developer reads it: the
 * server's mailbox page at /dev/mail (newest first). Waits up to `timeoutMs` for it to arrive.
 */
export async function waitForMail(
  browser: Browser,
  serverUrl: string,
  to: string,
  containing: string,
  timeoutMs = 5000,
): Promise<Mail> {
  const page = await browser.newPage();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      await page.goto(`${serverUrl}/dev/mail`);
      const mails = await page.locator('article').evaluateAll((articles) =>
        articles.map((article) => ({
          subject: article.querySelector('h2')?.textContent ?? '',
          // "To: a@example.jp, b@example.jp · 2026-12-07T…"
          to: (article.querySelector('p')?.textContent ?? '')
            .replace(/^To: | · .*$/g, '')
            .split(', '),
          text: article.querySelector('pre')?.textContent ?? '',
        })),
      );
      const found = mails.find((m) => m.to.includes(to) && m.text.includes(containing));
      if (found) return found;
      if (Date.now() > deadline) {
        const seen = mails.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ') || 'none';
        throw new Error(`no mail to ${to} containing ${containing} (received: ${seen})`);
      }
      await page.waitForTimeout(POLL_MS);
    }
  } finally {
    await page.context().close();
  }
}
