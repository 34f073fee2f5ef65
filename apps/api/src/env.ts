import { z } from 'zod';
import { DEFAULT_SESSION_ABSOLUTE_HOURS, DEFAULT_SESSION_IDLE_MINUTES } from '@bunkai/model';
import { parseTrustedProxies, type TrustedProxies } from './client-address';

const postgresUrl = z.url({
  protocol: /^postgres(ql)?$/,
  error: 'must be a postgres:// or postgresql:// URL',
});
const positiveInt = z.coerce.number().int().positive();

/** The server's configuration: read once at boot; a bad value stops startup naming the variable. */
export const ServerEnv = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
    /** Loopback by default: a development server is not reachable from the network. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Proxies whose X-Forwarded-For is believed: a hop count or comma-separated IPs/CIDRs. */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((value, ctx): TrustedProxies => {
        const parsed = parseTrustedProxies(value);
        if (typeof parsed !== 'string') return parsed;
        ctx.addIssue({ code: 'custom', message: parsed });
        return z.NEVER;
      }),
    /** Serve the dev mail sink at /dev/mail even when HOST is not loopback (loopback peers only). */
    DEV_MAILBOX: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    /** Server mode: the application role's login (not superuser, not BYPASSRLS, not the owner). */
    DATABASE_URL: postgresUrl.optional(),
    /** Server mode: the tables' owner, used only to run migrations at start. */
    DATABASE_OWNER_URL: postgresUrl.optional(),
    DATA_DIR: z.string().min(1).default('./.data'),
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Origin for links in e-mails; https:// turns on Secure/__Host- cookies and HSTS. */
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional(),
    /** SMTP server for outgoing mail; unset → a local sink readable at /dev/mail (not in production). */
    SMTP_URL: z
      .url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' })
      .optional(),
    MAIL_FROM: z.string().min(3).default('Bunkai <no-reply@bunkai.localhost>'),
    SESSION_IDLE_MINUTES: positiveInt.default(DEFAULT_SESSION_IDLE_MINUTES),
    SESSION_ABSOLUTE_HOURS: positiveInt.default(DEFAULT_SESSION_ABSOLUTE_HOURS),
    /** For `pnpm db:app-role`: the password the application role logs in with. */
    APP_DATABASE_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    /** Seed the demo regional network into an empty database (default: on unless production). */
    DEMO_SEED: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
  })
  .superRefine((env, ctx) => {
    if (env.DATABASE_URL && !env.DATABASE_OWNER_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_OWNER_URL'],
        message: 'is required with DATABASE_URL (migrations run as the tables’ owner)',
      });
    }
    if (env.NODE_ENV === 'production' && !env.SMTP_URL) {
      ctx.addIssue({ code: 'custom', path: ['SMTP_URL'], message: 'is required in production' });
    }
  });
export type ServerEnv = z.infer<typeof ServerEnv>;

export class EnvError extends Error {}

export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  // An empty variable means "not set", as in most shells' `FOO= cmd`.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const result = ServerEnv.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new EnvError(`Invalid environment / 環境変数が不正です:\n${lines.join('\n')}`);
}

/** The process's own environment, validated. */
export function loadEnv(): ServerEnv {
  return parseEnv(process.env);
}
