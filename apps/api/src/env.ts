import { z } from 'zod';

/** The server's configuration: read once at boot; a bad value stops startup naming the variable. */
export const ServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  DATA_DIR: z.string().min(1).default('./.data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
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
