import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from './client';
import {
  accountHolder,
  type Actor,
  type ActorOf,
  type InviteePrincipal,
  type MemberPrincipal,
  type OperatorPrincipal,
  type Principal,
  type UserPrincipal,
} from './principal';

/** The role every call runs as; created by migration 0001. */
export const APP_ROLE = 'bunkai_app';

/**
 * What a use-case runs in: the transaction, who it runs as, and the actor its audit events name.
 * The switches below are the only ways the principal changes within a call; each sets the whole
 * context again in one statement.
 */
export interface ExecutionContext<P extends Principal = Principal> {
  readonly tx: Tx;
  readonly principal: P;
  readonly requestId: string;
  readonly actor: ActorOf<P>;
  /** Anonymous → the person the caller proved to be (a session, a password, a mailed link). */
  identify(userId: string): Promise<ExecutionContext<UserPrincipal>>;
  /** A person → a member of one of their organizations (membership checked by the caller, or just created). */
  enterOrganization(
    membership: Pick<MemberPrincipal, 'organizationId' | 'role'>,
  ): Promise<ExecutionContext<MemberPrincipal>>;
  /** A platform operator (flag checked by the caller) → acting for the platform organization. */
  enterPlatform(organizationId: string): Promise<ExecutionContext<OperatorPrincipal>>;
  /** Anonymous or a person → also holding an invitation link (its token's hash). */
  holdInvitation(tokenHash: string): Promise<ExecutionContext<InviteePrincipal>>;
  /** A signed-in invitee → acting for the organization that accepts the invitation. */
  acceptFor(organizationId: string): Promise<ExecutionContext<InviteePrincipal>>;
  /**
   * Runs `fn` in another organization of the same person (or job) and comes back: an account
   * change is recorded in every organization the person belongs to.
   */
  inOrganization<T>(
    membership: Pick<MemberPrincipal, 'organizationId' | 'role'>,
    fn: (inside: ExecutionContext) => Promise<T>,
  ): Promise<T>;
  /** Jobs only: runs `fn` as `principal` in the same transaction (the demo seed acts as its people). */
  actAs<Q extends Principal, T>(
    principal: Q,
    fn: (as: ExecutionContext<Q>) => Promise<T>,
  ): Promise<T>;
  /**
   * Commits what the transaction did so far and goes on in a new one on the same connection, as
   * the same principal: an attempt counted before a secret is checked survives the call's
   * rollback (ADR-016). No second connection is needed, so this works on PGlite (one connection)
   * and cannot exhaust a PostgreSQL pool.
   */
  commitSoFar(): Promise<void>;
}

export interface RunOptions {
  /** Default: a job's name, else a random id. */
  requestId?: string | undefined;
  ipAddress?: string | null | undefined;
  /** The call's clock reading, for its audit events. Default: now. */
  now?: Date | undefined;
}

/**
 * The one statement that enters the application role and sets the principal's whole tenant
 * context, transaction-locally: nothing survives into the next use of a pooled connection.
 * Unset settings read as '' and every policy fails closed on them.
 */
function contextStatement(principal: Principal) {
  const userId = accountHolder(principal) ?? '';
  const organizationId =
    principal.kind === 'anonymous' || principal.kind === 'user'
      ? ''
      : (principal.organizationId ?? '');
  const invitationTokenHash = principal.kind === 'invitee' ? principal.tokenHash : '';
  const platformOperator =
    principal.kind === 'operator' || (principal.kind === 'job' && principal.platformOperator)
      ? 'true'
      : '';
  return sql`select set_config('role', ${APP_ROLE}, true),
    set_config('app.user_id', ${userId}, true),
    set_config('app.org_id', ${organizationId}, true),
    set_config('app.invitation_token_hash', ${invitationTokenHash}, true),
    set_config('app.platform_operator', ${platformOperator}, true)`;
}

/** The transaction and the principal its settings currently carry. */
interface Session {
  tx: Tx;
  /** postgres.js answers with an array of rows, PGlite with `{ rows }`. */
  postgresJs: boolean;
  applied: Principal;
  requestId: string;
  ipAddress: string | null;
  now: Date;
}

async function apply(session: Session, principal: Principal): Promise<void> {
  await session.tx.execute(contextStatement(principal));
  session.applied = principal;
}

class Context implements ExecutionContext {
  #principal: Principal;
  #actor: Actor;

  constructor(
    private readonly session: Session,
    principal: Principal,
  ) {
    this.#principal = principal;
    this.#actor = this.actorFor(principal);
  }

  get tx(): Tx {
    return this.session.tx;
  }
  get principal(): Principal {
    return this.#principal;
  }
  get requestId(): string {
    return this.session.requestId;
  }
  get actor(): Actor {
    return this.#actor;
  }

  private actorFor(principal: Principal): Actor {
    return {
      userId: principal.kind === 'job' ? null : accountHolder(principal),
      requestId: this.session.requestId,
      ipAddress: this.session.ipAddress,
      now: this.session.now,
    };
  }

  private async become<Q extends Principal>(next: Q): Promise<ExecutionContext<Q>> {
    await apply(this.session, next);
    this.#principal = next;
    this.#actor = this.actorFor(next);
    return this as unknown as ExecutionContext<Q>;
  }

  private refuse(step: string): never {
    throw new Error(`${step} is not a step a ${this.#principal.kind} principal can take`);
  }

  async identify(userId: string) {
    if (this.#principal.kind !== 'anonymous') this.refuse('identify');
    return this.become<UserPrincipal>({ kind: 'user', userId });
  }

  async enterOrganization(membership: Pick<MemberPrincipal, 'organizationId' | 'role'>) {
    const current = this.#principal;
    if (current.kind !== 'user') this.refuse('enterOrganization');
    return this.become<MemberPrincipal>({ kind: 'member', userId: current.userId, ...membership });
  }

  async enterPlatform(organizationId: string) {
    const current = this.#principal;
    if (current.kind !== 'user') this.refuse('enterPlatform');
    return this.become<OperatorPrincipal>({
      kind: 'operator',
      userId: current.userId,
      organizationId,
    });
  }

  async holdInvitation(tokenHash: string) {
    const current = this.#principal;
    if (current.kind !== 'anonymous' && current.kind !== 'user') this.refuse('holdInvitation');
    return this.become<InviteePrincipal>({
      kind: 'invitee',
      tokenHash,
      userId: current.kind === 'user' ? current.userId : null,
      organizationId: null,
    });
  }

  async acceptFor(organizationId: string) {
    const current = this.#principal;
    if (current.kind !== 'invitee' || current.userId === null) this.refuse('acceptFor');
    return this.become<InviteePrincipal>({ ...current, organizationId });
  }

  async inOrganization<T>(
    membership: Pick<MemberPrincipal, 'organizationId' | 'role'>,
    fn: (inside: ExecutionContext) => Promise<T>,
  ): Promise<T> {
    const current = this.#principal;
    if (current.kind === 'user') {
      return this.within({ kind: 'member', userId: current.userId, ...membership }, fn);
    }
    if (current.kind === 'job') {
      return this.within({ ...current, organizationId: membership.organizationId }, fn);
    }
    return this.refuse('inOrganization');
  }

  async actAs<Q extends Principal, T>(principal: Q, fn: (as: ExecutionContext<Q>) => Promise<T>) {
    if (this.#principal.kind !== 'job') this.refuse('actAs');
    return this.within(principal, fn as (as: ExecutionContext) => Promise<T>);
  }

  /** Runs `fn` as `principal`, then restores this context's principal. */
  private async within<T>(
    principal: Principal,
    fn: (inside: ExecutionContext) => Promise<T>,
  ): Promise<T> {
    await apply(this.session, principal);
    let result: T;
    try {
      result = await fn(new Context(this.session, principal));
    } catch (error) {
      // A failed statement aborts the transaction, so restoring may fail too; the call rolls back.
      await apply(this.session, this.#principal).catch(() => undefined);
      throw error;
    }
    await apply(this.session, this.#principal);
    return result;
  }

  async commitSoFar(): Promise<void> {
    const { tx } = this.session;
    if (this.session.postgresJs) {
      // One simple-protocol query: postgres.js would hand a connection that reports "idle" back
      // to the pool, and refuses a BEGIN outside `sql.begin`.
      await tx.execute(sql.raw('commit; begin'));
    } else {
      await tx.execute(sql`commit`);
      await tx.execute(sql`begin`);
    }
    await apply(this.session, this.session.applied);
  }
}

/**
 * Runs `fn` in one transaction as `principal`: the application role and the whole tenant context
 * are set in one statement before `fn` starts, so row-level security sees exactly this caller. A
 * failing `fn` rolls everything back, its audit events included (ADR-008).
 */
export function runAs<P extends Principal, T>(
  db: Db,
  principal: P,
  fn: (context: ExecutionContext<P>) => Promise<T>,
  options: RunOptions = {},
): Promise<T> {
  return db.transaction(async (tx) => {
    const result: unknown = await tx.execute(contextStatement(principal));
    const session: Session = {
      tx,
      postgresJs: Array.isArray(result),
      applied: principal,
      requestId: options.requestId ?? (principal.kind === 'job' ? principal.name : randomUUID()),
      ipAddress: options.ipAddress ?? null,
      now: options.now ?? new Date(),
    };
    return fn(new Context(session, principal) as unknown as ExecutionContext<P>);
  });
}
