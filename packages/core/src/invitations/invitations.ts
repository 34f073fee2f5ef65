import { z } from 'zod';
import {
  and,
  desc,
  eq,
  schema,
  sql,
  type ExecutionContext,
  type InviteePrincipal,
  type PersonPrincipal,
  type Tx,
  type UserPrincipal,
} from '@bunkai/db';
import { recordAudit } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';
import { INVITATION_LIFETIME_MS, isClosedInvitation, roleAtLeast } from '@bunkai/model';
import {
  HospitalAudience,
  InvitationKind,
  InvitationStatus,
  MembershipRole,
  OrganizationKind,
} from '@bunkai/model/schemas';
import { requireMembership } from '../organizations/membership';
import { createOrganization } from '../organizations/organizations';
import { OrganizationName, type Organization } from '../organizations/schemas';
import { findSystems } from '../systems/systems';
import { addSystemsToWorkspace } from '../workspaces/workspaces';

export const Email = z
  .email('メールアドレスの形式が正しくありません / Enter a valid e-mail address')
  .max(254)
  .transform((e) => e.toLowerCase());

const Message = z
  .string()
  .trim()
  .max(2000, 'メッセージは2000文字以内です / The message is at most 2000 characters')
  .optional();

export const NewVendorInvitation = z.object({
  email: Email,
  systemIds: z
    .array(z.uuid())
    .min(1, '対象システムを1つ以上選んでください / Choose at least one system')
    .max(100),
  message: Message,
});
export type NewVendorInvitation = z.infer<typeof NewVendorInvitation>;

export const NewColleagueInvitation = z.object({
  email: Email,
  role: MembershipRole,
  audience: HospitalAudience.nullish(),
  message: Message,
});
export type NewColleagueInvitation = z.infer<typeof NewColleagueInvitation>;

export const Invitation = z.object({
  id: z.uuid(),
  kind: InvitationKind,
  email: z.string(),
  status: InvitationStatus,
  systemIds: z.array(z.uuid()),
  role: MembershipRole,
  audience: HospitalAudience.nullable(),
  expiresAt: z.date(),
  lastSentAt: z.date(),
  acceptedAt: z.date().nullable(),
  createdAt: z.date(),
});
export type Invitation = z.infer<typeof Invitation>;

type InvitationRow = typeof schema.invitation.$inferSelect;

function statusOf(row: InvitationRow, now: Date): InvitationStatus {
  if (row.revokedAt) return 'revoked';
  if (row.acceptedAt) return 'accepted';
  return row.expiresAt <= now ? 'expired' : 'pending';
}

function present(row: InvitationRow, now: Date): Invitation {
  return {
    id: row.id,
    kind: row.kind,
    email: row.email,
    status: statusOf(row, now),
    systemIds: row.systemIds,
    role: row.role,
    audience: row.audience,
    expiresAt: row.expiresAt,
    lastSentAt: row.lastSentAt,
    acceptedAt: row.acceptedAt,
    createdAt: row.createdAt,
  };
}

/**
 * Nobody invites an address of their own organization: the inviting user's own, or a member's
 * (a hospital once invited itself as its vendor). A field error on `email`.
 */
async function refuseOwnAddress(
  exec: ExecutionContext<PersonPrincipal>,
  organizationId: string,
  email: string,
): Promise<void> {
  const { tx, actor } = exec;
  const address = email.toLowerCase();
  const [self] = await tx
    .select({ email: schema.appUser.email })
    .from(schema.appUser)
    .where(eq(schema.appUser.id, actor.userId));
  if (self?.email.toLowerCase() === address) {
    throw new DomainError(
      'BAD_REQUEST',
      'invitation_own_address',
      {
        ja: 'ご自身のメールアドレスには招待を送れません',
        en: 'You cannot invite your own e-mail address',
      },
      'email',
    );
  }
  const [member] = await tx
    .select({ userId: schema.membership.userId })
    .from(schema.membership)
    .innerJoin(schema.appUser, eq(schema.appUser.id, schema.membership.userId))
    .where(
      and(
        eq(schema.membership.organizationId, organizationId),
        sql`lower(${schema.appUser.email}) = ${address}`,
      ),
    )
    .limit(1);
  if (member) {
    throw new DomainError(
      'BAD_REQUEST',
      'invitation_member_address',
      {
        ja: 'このアドレスの人は既にこの組織のメンバーです',
        en: 'This address belongs to a member of your organization already',
      },
      'email',
    );
  }
}

/** A hospital invites a vendor by e-mail for some of its systems. */
export async function createVendorInvitation(
  exec: ExecutionContext<PersonPrincipal>,
  hospital: Organization,
  input: NewVendorInvitation,
  tokenHash: string,
): Promise<{ invitation: Invitation; systemNames: string[] }> {
  const { tx, actor } = exec;
  await refuseOwnAddress(exec, hospital.id, input.email);
  const systemIds = [...new Set(input.systemIds)];
  const systems = await findSystems(tx, hospital.id, systemIds);
  if (systems.length !== systemIds.length) throw notFound({ ja: 'システム', en: 'System' });
  const row = await insertInvitation(exec, hospital.id, {
    kind: 'vendor',
    email: input.email,
    systemIds,
    message: input.message ?? null,
    tokenHash,
  });
  return { invitation: present(row, actor.now), systemNames: systems.map((s) => s.name) };
}

/** An organization invites a colleague; nobody grants a role above their own. */
export async function createColleagueInvitation(
  exec: ExecutionContext<PersonPrincipal>,
  access: { organization: Organization; role: MembershipRole },
  input: NewColleagueInvitation,
  tokenHash: string,
): Promise<Invitation> {
  const { actor } = exec;
  if (!roleAtLeast(access.role, input.role)) {
    throw new DomainError(
      'FORBIDDEN',
      'role_required',
      {
        ja: '自分より上の権限では招待できません',
        en: 'You cannot invite with a role above your own',
      },
      'role',
    );
  }
  await refuseOwnAddress(exec, access.organization.id, input.email);
  const row = await insertInvitation(exec, access.organization.id, {
    kind: 'colleague',
    email: input.email,
    role: input.role,
    audience: access.organization.kind === 'hospital' ? (input.audience ?? 'staff') : null,
    message: input.message ?? null,
    tokenHash,
  });
  return present(row, actor.now);
}

async function insertInvitation(
  exec: ExecutionContext<PersonPrincipal>,
  organizationId: string,
  values: Omit<
    typeof schema.invitation.$inferInsert,
    'organizationId' | 'invitedBy' | 'expiresAt' | 'lastSentAt'
  >,
): Promise<InvitationRow> {
  const { tx, actor } = exec;
  const [row] = await tx
    .insert(schema.invitation)
    .values({
      ...values,
      organizationId,
      invitedBy: actor.userId,
      expiresAt: new Date(actor.now.getTime() + INVITATION_LIFETIME_MS),
      lastSentAt: actor.now,
    })
    .returning();
  if (!row) throw new Error('invitation insert returned nothing');
  await recordAudit(
    exec,
    organizationId,
    'invitation.create',
    { type: 'invitation', id: row.id },
    {
      after: { kind: row.kind, email: row.email, systemIds: row.systemIds, role: row.role },
    },
  );
  return row;
}

export async function listInvitations(
  tx: Tx,
  organizationId: string,
  now: Date,
): Promise<Invitation[]> {
  const rows = await tx
    .select()
    .from(schema.invitation)
    .where(eq(schema.invitation.organizationId, organizationId))
    .orderBy(desc(schema.invitation.createdAt));
  return rows.map((row) => present(row, now));
}

async function findOwnInvitation(
  tx: Tx,
  organizationId: string,
  id: string,
): Promise<InvitationRow> {
  const [row] = await tx
    .select()
    .from(schema.invitation)
    .where(and(eq(schema.invitation.organizationId, organizationId), eq(schema.invitation.id, id)));
  if (!row) throw notFound({ ja: '招待', en: 'Invitation' });
  return row;
}

function closedInvitation(status: 'accepted' | 'revoked'): DomainError {
  return status === 'accepted'
    ? new DomainError('CONFLICT', 'invitation_used', {
        ja: 'この招待は既に受諾されています',
        en: 'This invitation has already been accepted',
      })
    : new DomainError('CONFLICT', 'invitation_revoked', {
        ja: 'この招待は取り消されています',
        en: 'This invitation has been revoked',
      });
}

/** Sends a fresh link (the old one stops working) and restarts the 7 days. */
export async function resendInvitation(
  exec: ExecutionContext,
  organizationId: string,
  invitationId: string,
  tokenHash: string,
): Promise<{ invitation: Invitation; row: InvitationRow }> {
  const { tx, actor } = exec;
  const before = await findOwnInvitation(tx, organizationId, invitationId);
  const status = statusOf(before, actor.now);
  if (isClosedInvitation(status)) throw closedInvitation(status);
  const [row] = await tx
    .update(schema.invitation)
    .set({
      tokenHash,
      lastSentAt: actor.now,
      expiresAt: new Date(actor.now.getTime() + INVITATION_LIFETIME_MS),
    })
    .where(eq(schema.invitation.id, invitationId))
    .returning();
  if (!row) throw notFound({ ja: '招待', en: 'Invitation' });
  await recordAudit(
    exec,
    organizationId,
    'invitation.resend',
    {
      type: 'invitation',
      id: invitationId,
    },
    { before: { expiresAt: before.expiresAt }, after: { expiresAt: row.expiresAt } },
  );
  return { invitation: present(row, actor.now), row };
}

export async function revokeInvitation(
  exec: ExecutionContext,
  organizationId: string,
  invitationId: string,
): Promise<Invitation> {
  const { tx, actor } = exec;
  const before = await findOwnInvitation(tx, organizationId, invitationId);
  const status = statusOf(before, actor.now);
  if (isClosedInvitation(status)) throw closedInvitation(status);
  const [row] = await tx
    .update(schema.invitation)
    .set({ revokedAt: actor.now })
    .where(eq(schema.invitation.id, invitationId))
    .returning();
  if (!row) throw notFound({ ja: '招待', en: 'Invitation' });
  await recordAudit(exec, organizationId, 'invitation.revoke', {
    type: 'invitation',
    id: invitationId,
  });
  return present(row, actor.now);
}

export const InvitationPreview = z.object({
  kind: InvitationKind,
  email: z.string(),
  status: InvitationStatus,
  organizationName: z.string(),
  organizationKind: OrganizationKind,
  systemNames: z.array(z.string()),
  role: MembershipRole,
  message: z.string().nullable(),
  expiresAt: z.date(),
});
export type InvitationPreview = z.infer<typeof InvitationPreview>;

/**
 * One answer for every link that cannot be used: unknown, accepted, revoked, expired, or held by
 * a member of another organization who is not the invited address. It names nothing of the
 * invitation (no organization, no inviter, no address).
 */
export function invitationNotValid(): DomainError {
  return new DomainError('NOT_FOUND', 'invitation_invalid', {
    ja: 'この招待は無効になりました。必要な場合は送信者に新しい招待を依頼してください',
    en: 'This invitation is no longer valid. Ask the sender for a new one if you need it',
  });
}

/**
 * Whether the signed-in `viewer` (the principal) is someone else: not the invited address, and
 * in another organization.
 */
async function isOutsider(
  tx: Tx,
  viewer: { id: string; email: string },
  invitation: InvitationRow,
): Promise<boolean> {
  if (viewer.email.toLowerCase() === invitation.email.toLowerCase()) return false;
  const [elsewhere] = await tx
    .select({ organizationId: schema.membership.organizationId })
    .from(schema.membership)
    .where(
      and(
        eq(schema.membership.userId, viewer.id),
        sql`${schema.membership.organizationId} <> ${invitation.organizationId}`,
      ),
    )
    .limit(1);
  return elsewhere !== undefined;
}

/**
 * Only the holder of the link's token can see its invitation (the row policy checks the hash):
 * the caller becomes that holder for the rest of the call.
 */
async function findByToken(exec: ExecutionContext, tokenHash: string) {
  const holder = await exec.holdInvitation(tokenHash);
  const [row] = await holder.tx
    .select({ invitation: schema.invitation, organization: schema.organization })
    .from(schema.invitation)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.invitation.organizationId))
    .where(eq(schema.invitation.tokenHash, tokenHash));
  if (!row) throw invitationNotValid();
  return { ...row, holder };
}

/**
 * What a pending invitation is, for the link's holder. A used, revoked or expired one, or a
 * signed-in `viewer` from another organization who is not the invited address, gets only
 * `invitationNotValid`. `exec` runs as the viewer, or anonymous without one.
 */
export async function previewInvitation(
  exec: ExecutionContext,
  tokenHash: string,
  now: Date,
  viewer: { id: string; email: string } | null = null,
): Promise<InvitationPreview> {
  const { tx } = exec;
  const { invitation, organization } = await findByToken(exec, tokenHash);
  if (statusOf(invitation, now) !== 'pending') throw invitationNotValid();
  if (viewer && (await isOutsider(tx, viewer, invitation))) throw invitationNotValid();
  const systems = await findSystems(tx, organization.id, invitation.systemIds);
  return {
    kind: invitation.kind,
    email: invitation.email,
    status: statusOf(invitation, now),
    organizationName: organization.name,
    organizationKind: organization.kind,
    systemNames: systems.map((s) => s.name),
    role: invitation.role,
    message: invitation.message,
    expiresAt: invitation.expiresAt,
  };
}

export const VendorChoice = z.union([
  z.object({ organizationId: z.uuid() }),
  z.object({ newOrganizationName: OrganizationName }),
]);
export type VendorChoice = z.infer<typeof VendorChoice>;

export const AcceptedInvitation = z.object({
  kind: InvitationKind,
  organizationId: z.uuid(),
  workspaceId: z.uuid().nullable(),
});
export type AcceptedInvitation = z.infer<typeof AcceptedInvitation>;

/**
 * The signed-in recipient accepts. A vendor invitation creates (or extends) the workspace of the
 * hospital and the chosen vendor organization; a colleague invitation adds a membership.
 */
export async function acceptInvitation(
  exec: ExecutionContext<UserPrincipal>,
  user: { id: string; email: string; mfaEnabled: boolean },
  tokenHash: string,
  vendor: VendorChoice | undefined,
): Promise<AcceptedInvitation> {
  const { tx, actor } = exec;
  const { invitation, holder } = await findByToken(exec, tokenHash);
  if (statusOf(invitation, actor.now) !== 'pending') throw invitationNotValid();
  if (await isOutsider(tx, user, invitation)) throw invitationNotValid();
  if (invitation.email.toLowerCase() !== user.email.toLowerCase()) {
    throw new DomainError('FORBIDDEN', 'invitation_email_mismatch', {
      ja: `この招待は ${invitation.email} 宛てです。そのアドレスでサインインしてください`,
      en: `This invitation was sent to ${invitation.email}. Sign in with that address`,
    });
  }
  const result =
    invitation.kind === 'vendor'
      ? await joinAsVendor(holder, user, invitation, vendor)
      : await joinAsColleague(holder, user, invitation);
  await tx
    .update(schema.invitation)
    .set({
      acceptedAt: actor.now,
      acceptedBy: user.id,
      acceptedOrganizationId: result.organizationId,
      workspaceId: result.workspaceId,
    })
    .where(eq(schema.invitation.id, invitation.id));
  await recordAudit(
    holder,
    invitation.organizationId,
    'invitation.accept',
    {
      type: 'invitation',
      id: invitation.id,
    },
    { after: { acceptedBy: user.email, ...result } },
  );
  return result;
}

async function joinAsVendor(
  holder: ExecutionContext<InviteePrincipal>,
  user: { id: string; email: string; mfaEnabled: boolean },
  invitation: InvitationRow,
  vendor: VendorChoice | undefined,
): Promise<AcceptedInvitation> {
  if (!vendor) {
    throw new DomainError(
      'BAD_REQUEST',
      'vendor_organization_required',
      {
        ja: '事業者の組織を選ぶか、新しく作成してください',
        en: 'Choose your vendor organization or create one',
      },
      'vendor',
    );
  }
  let vendorId: string;
  if ('organizationId' in vendor) {
    const access = await requireMembership(holder.tx, {
      organizationId: vendor.organizationId,
      user,
      role: 'admin',
      kinds: ['vendor'],
    });
    vendorId = access.organization.id;
    await holder.acceptFor(vendorId);
  } else {
    const created = await createOrganization(holder, {
      kind: 'vendor',
      name: vendor.newOrganizationName,
      ownerUserId: user.id,
    });
    vendorId = created.id;
  }
  const workspaceId = await addSystemsToWorkspace(holder, {
    hospitalOrganizationId: invitation.organizationId,
    vendorOrganizationId: vendorId,
    systemIds: invitation.systemIds,
  });
  return { kind: 'vendor', organizationId: vendorId, workspaceId };
}

async function joinAsColleague(
  holder: ExecutionContext<InviteePrincipal>,
  user: { id: string },
  invitation: InvitationRow,
): Promise<AcceptedInvitation> {
  // Not a member yet: the inviting organization is where the membership is written.
  await holder.acceptFor(invitation.organizationId);
  const { tx } = holder;
  const [existing] = await tx
    .select({ role: schema.membership.role })
    .from(schema.membership)
    .where(
      and(
        eq(schema.membership.organizationId, invitation.organizationId),
        eq(schema.membership.userId, user.id),
      ),
    );
  if (existing) {
    throw new DomainError('CONFLICT', 'already_member', {
      ja: '既にこの組織のメンバーです',
      en: 'You are already a member of this organization',
    });
  }
  await tx.insert(schema.membership).values({
    organizationId: invitation.organizationId,
    userId: user.id,
    role: invitation.role,
    audience: invitation.audience,
  });
  await recordAudit(
    holder,
    invitation.organizationId,
    'member.join',
    { type: 'user', id: user.id },
    {
      after: { role: invitation.role, audience: invitation.audience },
    },
  );
  return { kind: 'colleague', organizationId: invitation.organizationId, workspaceId: null };
}
