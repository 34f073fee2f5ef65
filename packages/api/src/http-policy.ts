import type { ProcedureMeta } from './trpc';
import { appRouter } from './root';

/** How large a request body may be before it is read, by the kind of procedure it calls. */
export const BODY_LIMITS = {
  /** Sign-in, sign-up, MFA, resets: a few short fields. */
  auth: 16 * 1024,
  json: 1024 * 1024,
  /** Base64 of a 10 MB file plus its fields. */
  upload: 15 * 1024 * 1024,
} as const;
export type BodyLimitKind = keyof typeof BODY_LIMITS;

// At run time tRPC keeps every procedure under its dotted path.
const procedures = appRouter._def.procedures as unknown as Record<
  string,
  { _def: { meta?: ProcedureMeta } } | undefined
>;

/** Auth procedures check secrets: one call per request, so a batch cannot multiply guesses. */
export function isAuthProcedure(path: string): boolean {
  return path.startsWith('auth.');
}

export function bodyLimitFor(paths: readonly string[]): BodyLimitKind {
  if (paths.some((path) => procedures[path]?._def.meta?.upload === true)) return 'upload';
  if (paths.some(isAuthProcedure)) return 'auth';
  return 'json';
}
