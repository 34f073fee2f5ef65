import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** One message as the sink received it over SMTP. */
export interface ReceivedMail {
  id: string;
  /** Address of the From header (the envelope sender when the header has none). */
  from: string;
  /** Envelope recipients (RCPT TO), so Bcc recipients are included. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
  receivedAt: Date;
}

export interface MailSink {
  port: number;
  host: string;
  /** `smtp://host:port`, to pass to `createMailer({ smtpUrl })`. */
  url: string;
  /** Received messages, oldest first (newest last). */
  messages(): ReceivedMail[];
  /**
   * Resolves with the newest already-received message matching `predicate`, or else the next
   * one to arrive; rejects after `timeoutMs`.
   */
  waitFor(predicate: (m: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  clear(): void;
  close(): Promise<void>;
}

export interface MailSinkOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: '127.0.0.1';
}

// Enough for any test or dev session; older messages are dropped so memory stays bounded.
const MAX_MESSAGES = 200;

interface Waiter {
  predicate: (m: ReceivedMail) => boolean;
  resolve: (m: ReceivedMail) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

/** A local SMTP server that keeps what it receives in memory, for tests and development. */
export async function startMailSink(options: MailSinkOptions = {}): Promise<MailSink> {
  const host = options.host ?? '127.0.0.1';
  const received: ReceivedMail[] = [];
  const waiters = new Set<Waiter>();

  const deliver = (mail: ReceivedMail): void => {
    received.push(mail);
    if (received.length > MAX_MESSAGES) received.splice(0, received.length - MAX_MESSAGES);
    for (const w of waiters) {
      if (!w.predicate(mail)) continue;
      waiters.delete(w);
      clearTimeout(w.timer);
      w.resolve(mail);
    }
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    // A sink has nothing worth waiting 30 s for at shutdown.
    closeTimeout: 2000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const envelopeFrom = session.envelope.mailFrom;
          deliver({
            id: randomUUID(),
            from:
              parsed.from?.value[0]?.address ??
              (envelopeFrom === false ? '' : envelopeFrom.address),
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: typeof parsed.html === 'string' ? parsed.html : null,
            receivedAt: new Date(),
          });
          callback();
        })
        .catch((err: unknown) => {
          callback(err instanceof Error ? err : new Error(String(err)));
        });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Client resets and similar connection errors are emitted here; an unhandled 'error' event
  // would crash the process, and a sink has no one to report them to.
  server.on('error', () => undefined);

  const port = (server.server.address() as AddressInfo).port;

  return {
    port,
    host,
    url: `smtp://${host}:${port}`,
    messages: () => [...received],
    waitFor(predicate, timeoutMs = 5000) {
      const existing = received.findLast(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise<ReceivedMail>((resolve, reject) => {
        const waiter: Waiter = {
          predicate,
          resolve,
          reject,
          timer: setTimeout(() => {
            waiters.delete(waiter);
            const seen = received.map((m) => `${m.to.join(',')}: ${m.subject}`).join('; ');
            reject(
              new Error(
                `No matching mail within ${timeoutMs} ms (received: ${seen === '' ? 'none' : seen})`,
              ),
            );
          }, timeoutMs),
        };
        waiters.add(waiter);
      });
    },
    clear() {
      received.length = 0;
    },
    close() {
      for (const w of waiters) {
        clearTimeout(w.timer);
        w.reject(new Error('Mail sink closed'));
      }
      waiters.clear();
      return new Promise<void>((resolve) => {
        server.close(resolve);
      });
    },
  };
}
