import type { membershipRole } from './schema/tenancy';

type Role = (typeof membershipRole.enumValues)[number];

/**
 * Who a call or a job runs as. `runAs` (./context) turns it into the transaction's role and tenant
 * context, which is all row-level security sees; nothing else sets that context.
 */
export type Principal =
  | AnonymousPrincipal
  | UserPrincipal
  | MemberPrincipal
  | OperatorPrincipal
  | InviteePrincipal
  | JobPrincipal;

/** Before sign-in (sign-in, sign-up, password reset): no tenant row is visible. */
export interface AnonymousPrincipal {
  kind: 'anonymous';
}

/** A person who proved who they are (a session, a password, a mailed link), in no organization. */
export interface UserPrincipal {
  kind: 'user';
  userId: string;
}

/**
 * A person acting in one organization they belong to. No workspace is part of it: the policies
 * derive the workspaces (and the partner's names and shared systems) from the organization, and
 * a workspace procedure narrows to one of them in the application.
 */
export interface MemberPrincipal {
  kind: 'member';
  userId: string;
  organizationId: string;
  role: Role;
}

/** A platform operator acting for the platform organization: the shared catalogs (ADR-010). */
export interface OperatorPrincipal {
  kind: 'operator';
  userId: string;
  organizationId: string;
}

/**
 * The holder of an invitation link, signed in or not: sees that one invitation (its token hash is
 * the context). While accepting, acts for the organization that joins (the vendor's own, or the
 * inviting one for a colleague).
 */
export interface InviteePrincipal {
  kind: 'invitee';
  tokenHash: string;
  userId: string | null;
  organizationId: string | null;
}

/**
 * A named background job (start-up catalog sync, demo seed, operator commands, the queue's
 * handlers): for one organization, or for no tenant at all. `userId` is the person it works for
 * (their account, their notifications); the job, not that person, is the audit actor.
 * `platformOperator` lets it write the shared catalogs.
 */
export interface JobPrincipal {
  kind: 'job';
  name: string;
  organizationId?: string | undefined;
  userId?: string | undefined;
  platformOperator?: boolean | undefined;
}

/** Principals that are a signed-in person: their actor always names them. */
export type PersonPrincipal = UserPrincipal | MemberPrincipal | OperatorPrincipal;

/** Who is acting, for the audit trail. Built by `runAs` from the principal, nowhere else. */
export interface Actor {
  userId: string | null;
  requestId: string;
  ipAddress: string | null;
  now: Date;
}

export type ActorOf<P extends Principal> = P extends PersonPrincipal
  ? Actor & { userId: string }
  : Actor;

/** The person whose account the principal reads (own memberships, notifications), if any. */
export function accountHolder(principal: Principal): string | null {
  switch (principal.kind) {
    case 'anonymous':
      return null;
    case 'job':
      return principal.userId ?? null;
    default:
      return principal.userId;
  }
}
