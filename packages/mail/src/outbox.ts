import type { Mailer, OutgoingMail } from './mailer';

export interface MailOutboxOptions {
  /** Attempts per message, the first included. */
  attempts?: number;
  /** Wait before the second attempt; doubled for each further one. */
  firstRetryMs?: number;
  /** Where a failed attempt is reported: the server log, never the requester. */
  log?: (message: string) => void;
}

/**
 * Mail leaves after the response: a request never waits for SMTP, never learns whether it
 * worked, and takes the same time whether it mailed anyone (no account enumeration by timing).
 * Messages are handed over only after the transaction that produced them committed.
 * In-process for now; the PostgreSQL job queue replaces it behind the same `deliver`.
 */
export interface MailOutbox {
  deliver(messages: readonly OutgoingMail[]): void;
  /** Resolves once every message handed over so far was sent or gave up (shutdown, tests). */
  drain(): Promise<void>;
  close(): void;
}

const defaultLog = (message: string) => {
  console.error(message);
};

export function createMailOutbox(mailer: Mailer, options: MailOutboxOptions = {}): MailOutbox {
  const attempts = options.attempts ?? 5;
  const firstRetryMs = options.firstRetryMs ?? 2_000;
  const log = options.log ?? defaultLog;
  const pending = new Set<Promise<void>>();
  let closed = false;

  async function sendWithRetries(message: OutgoingMail): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await mailer.send(message);
        return;
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const last = attempt >= attempts || closed;
        log(`mail: attempt ${attempt}/${attempts} failed${last ? ', giving up' : ''}: ${reason}`);
        if (last) return;
        await new Promise((wake) => setTimeout(wake, firstRetryMs * 2 ** (attempt - 1)));
      }
    }
  }

  return {
    deliver(messages) {
      for (const message of messages) {
        const sending = sendWithRetries(message).finally(() => pending.delete(sending));
        pending.add(sending);
      }
    },
    async drain() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    close() {
      closed = true;
      mailer.close();
    },
  };
}
