import { createTransport } from 'nodemailer';

export interface MailerOptions {
  /** e.g. `smtp://127.0.0.1:2525` (the dev/test sink) or `smtps://user:pass@smtp.example.jp`. */
  smtpUrl: string;
  /** From header, e.g. `Bunkai <no-reply@bunkai.example>`. */
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** Sends over SMTP; throws an error naming the recipient when the server does not accept it. */
  send(message: OutgoingMail): Promise<void>;
  close(): void;
}

function isLoopback(hostname: string): boolean {
  return (
    hostname === 'localhost' ||
    hostname === '[::1]' ||
    hostname === '::1' ||
    /^127(\.\d{1,3}){3}$/.test(hostname)
  );
}

export function createMailer(options: MailerOptions): Mailer {
  const url = new URL(options.smtpUrl);
  // The local sink has no certificate; anywhere else keep nodemailer's opportunistic STARTTLS.
  const transport =
    url.protocol === 'smtp:' && isLoopback(url.hostname)
      ? createTransport({ url: options.smtpUrl, ignoreTLS: true })
      : createTransport(options.smtpUrl);

  return {
    async send(message) {
      try {
        await transport.sendMail({
          from: options.from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html === undefined ? {} : { html: message.html }),
        });
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new Error(`Failed to send mail to ${message.to}: ${reason}`, { cause: err });
      }
    },
    close() {
      transport.close();
    },
  };
}
