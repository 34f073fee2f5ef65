import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import { z, ZodError, ZodRealError } from 'zod';
import { validateSessionToken, type SessionValidation } from '@bunkai/auth';
import { scanJson } from '@bunkai/file-formats/catalog';
import { DomainError, findWorkspace, notFound, requireMembership } from '@bunkai/core';
import type { MembershipRole, OrganizationKind } from '@bunkai/model';
import {
  runAs,
  type ExecutionContext,
  type MemberPrincipal,
  type OperatorPrincipal,
  type Tx,
} from '@bunkai/db';
import type { OutgoingMail } from '@bunkai/mail';
import type { ApiContext } from './context';
import { bilingual, describeZodError, toTRPCError } from './errors';
import { clearSessionCookie } from './session-cookie';

/** Procedure metadata: `upload` procedures take files and get the larger body limit. */
export interface ProcedureMeta {
  upload?: boolean;
}

const t = initTRPC
  .context<ApiContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: {
      input: { serialize: serializeInput, deserialize: deserializeInput },
      output: superjson,
    },
    // Never send stacks, whatever NODE_ENV says.
    isDev: false,
    errorFormatter({ shape, error, ctx }) {
      const domain = error.cause instanceof DomainError ? error.cause : null;
      const fieldErrors = error.cause instanceof ZodError ? describeZodError(error.cause) : null;
      const unexpected = error.code === 'INTERNAL_SERVER_ERROR' && !domain;
      const { stack: _stack, ...data } = shape.data as typeof shape.data & { stack?: string };
      return {
        ...shape,
        message: unexpected
          ? unexpectedMessage(ctx?.requestId)
          : fieldErrors
            ? fieldErrors.map((f) => `${f.path}: ${f.messages.ja} / ${f.messages.en}`).join('\n')
            : shape.message,
        data: {
          ...data,
          reason:
            domain?.reason ?? (fieldErrors ? 'invalid_input' : unexpected ? 'internal' : null),
          messages: domain?.messages ?? null,
          field: domain?.field ?? null,
          fieldErrors,
          requestId: ctx?.requestId ?? null,
        },
      };
    },
  });

/** What the caller sees of an unexpected failure: the details go to the server log only. */
function unexpectedMessage(requestId: string | undefined): string {
  const id = requestId ?? '-';
  return `予期しないエラーが発生しました（要求ID: ${id}） / An unexpected error occurred (request id: ${id})`;
}

export const router = t.router;
export const middleware = t.middleware;
export const createCallerFactory = t.createCallerFactory;

/** Thrown inside the transaction to roll it back while keeping tRPC's error result. */
class Rollback extends Error {
  constructor(readonly result: unknown) {
    super('rollback');
  }
}

/**
 * Every call runs in one transaction, entered anonymous (`runAs`); the middlewares below switch
 * the principal as they learn who calls. A failed procedure rolls back everything it wrote,
 * including its audit event; attempts at a secret were committed before (`commitSoFar`).
 */
const transaction = t.middleware(async ({ ctx, next }) => {
  const mail: OutgoingMail[] = [];
  try {
    const committed = await runAs(
      ctx.database.db,
      { kind: 'anonymous' },
      async (exec: ExecutionContext) => {
        const result = await next({
          ctx: {
            exec,
            tx: exec.tx,
            /** Sent only if this call commits, after it did; a failed send is retried, never shown. */
            queueMail: (message: OutgoingMail) => {
              mail.push(message);
            },
          },
        });
        if (!result.ok) throw new Rollback(result);
        return result;
      },
      { requestId: ctx.requestId, ipAddress: ctx.ipAddress, now: ctx.now() },
    );
    ctx.mail.deliver(mail);
    return committed;
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
    const failed = error.result as { ok: false; error: TRPCError };
    if (failed.error.cause instanceof DomainError) throw toTRPCError(failed.error.cause);
    return failed as never;
  }
});

/**
 * Containers an input may nest (procedures take a few levels): a 1 MB body can nest 500,000
 * arrays, and superjson and zod follow input recursively.
 */
const MAX_INPUT_DEPTH = 32;

const badInput = (issues: z.core.$ZodIssue[]) =>
  // ZodRealError is the Error subclass the schemas throw, so the formatter treats both alike.
  new TRPCError({ code: 'BAD_REQUEST', cause: new ZodRealError(issues) });

function tooDeepIssue(path: readonly (string | number)[]): z.core.$ZodIssue {
  return {
    code: 'custom',
    path: [...path],
    input: undefined,
    message: `入力の入れ子が深すぎます（${String(MAX_INPUT_DEPTH)}階層まで） / The input nests more than ${String(MAX_INPUT_DEPTH)} levels deep`,
  };
}

function serializeInput(value: unknown) {
  return superjson.serialize(value);
}

/**
 * superjson follows the payload's `meta` recursively (a stack overflow answered 400 "Maximum call
 * stack size exceeded"), so the payload's nesting is measured first, without recursion; its `json`
 * and `meta` both mirror the input, which the middleware below measures exactly.
 */
function deserializeInput(payload: unknown): unknown {
  const { tooDeep } = scanJson(payload, {
    maxDepth: 2 * MAX_INPUT_DEPTH,
    maxControlCharacters: 0,
  });
  if (tooDeep) throw badInput([tooDeepIssue(tooDeep.slice(1, MAX_INPUT_DEPTH + 2))]);
  return superjson.deserialize(payload as Parameters<typeof superjson.deserialize>[0]);
}

/**
 * C0/C1 control characters (but tab and line breaks) in any text input are refused with a field
 * error before a procedure runs (PostgreSQL rejects NUL, and none belongs in a form field), and so
 * is input nested past MAX_INPUT_DEPTH: measured without recursion, in time linear in its size.
 */
function inputIssues(value: unknown): z.core.$ZodIssue[] {
  const scan = scanJson(value, { maxDepth: MAX_INPUT_DEPTH, maxControlCharacters: 20 });
  const issues: z.core.$ZodIssue[] = scan.controlCharacters.map((path) => ({
    code: 'custom',
    path: [...path],
    input: undefined,
    message: '制御文字は使用できません / Control characters are not allowed',
  }));
  if (scan.tooDeep) issues.push(tooDeepIssue(scan.tooDeep));
  return issues;
}

const refuseControlCharacters = t.middleware(async ({ getRawInput, next }) => {
  const issues = inputIssues(await getRawInput());
  if (issues.length > 0) throw badInput(issues);
  return next();
});

export const publicProcedure = t.procedure.use(refuseControlCharacters).use(transaction);

/** Looks at the session cookie; `null` when absent, expired or revoked (the cookie is cleared). */
export async function readSession(ctx: ApiContext & { tx: Tx }): Promise<SessionValidation | null> {
  if (!ctx.sessionToken) return null;
  const validated = await validateSessionToken(
    ctx.tx,
    ctx.sessionToken,
    ctx.auth.sessionPolicy,
    ctx.now(),
  );
  if (!validated) clearSessionCookie(ctx);
  return validated;
}

const signInRequired = () =>
  bilingual('UNAUTHORIZED', 'sign_in_required', {
    ja: 'サインインしてください',
    en: 'Please sign in',
  });

/** A session that may still wait for its second factor (only for the MFA step itself). */
export const pendingSessionProcedure = publicProcedure.use(async ({ ctx, next }) => {
  const validated = await readSession(ctx);
  if (!validated) throw signInRequired();
  const exec = await ctx.exec.identify(validated.user.id);
  return next({ ctx: { exec, session: validated.session, user: validated.user } });
});

/** Signed in, with the second factor given when the user has one. */
export const authedProcedure = pendingSessionProcedure.use(({ ctx, next }) => {
  if (ctx.user.mfaEnabled && !ctx.session.mfaVerifiedAt) {
    throw bilingual('UNAUTHORIZED', 'mfa_required', {
      ja: '確認コードを入力してください',
      en: 'Enter your verification code',
    });
  }
  return next();
});

export interface OrganizationAccess {
  /** The least role allowed. */
  role: MembershipRole;
  /** Organization kinds allowed (default: any). */
  kinds?: readonly OrganizationKind[];
}

/** Scoped to the session's active organization, with at least `role` there. */
export function organizationProcedure(access: OrganizationAccess) {
  return authedProcedure.use(async ({ ctx, next }) => {
    const organizationId = ctx.session.activeOrganizationId;
    if (!organizationId) {
      throw bilingual('FORBIDDEN', 'no_active_organization', {
        ja: '所属組織を選択してください',
        en: 'Choose an organization first',
      });
    }
    // Read as the person: their own memberships are visible before they act in one.
    const member = await requireMembership(ctx.tx, {
      organizationId,
      user: ctx.user,
      role: access.role,
      kinds: access.kinds,
    });
    let exec: ExecutionContext<MemberPrincipal | OperatorPrincipal>;
    if (member.organization.kind === 'platform') {
      // Catalog publishing is for platform operators only, acting for the platform organization.
      if (!ctx.user.isPlatformOperator) throw notFound({ ja: '組織', en: 'Organization' });
      exec = await ctx.exec.enterPlatform(organizationId);
    } else {
      exec = await ctx.exec.enterOrganization({ organizationId, role: member.membership.role });
    }
    return next({
      ctx: { exec, organization: member.organization, membership: member.membership },
    });
  });
}

/** Scoped to one workspace of the active organization (hospital or vendor side). */
export function workspaceProcedure(access: OrganizationAccess) {
  return organizationProcedure(access)
    .input(z.object({ workspaceId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const workspace = await findWorkspace(ctx.tx, ctx.organization.id, input.workspaceId);
      return next({ ctx: { workspace } });
    });
}

export { TRPCError };
