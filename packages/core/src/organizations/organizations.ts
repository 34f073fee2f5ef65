import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  and,
  asc,
  eq,
  schema,
  type ExecutionContext,
  type InviteePrincipal,
  type Tx,
  type UserPrincipal,
} from '@bunkai/db';
import { recordAudit } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';
import { roleAtLeast } from '@bunkai/model';
import { HospitalAudience, MembershipRole } from '@bunkai/model/schemas';
import { Organization, OrganizationName, type NewOrganization } from './schemas';

const organizationColumns = {
  id: schema.organization.id,
  kind: schema.organization.kind,
  name: schema.organization.name,
  sizeClass: schema.organization.sizeClass,
  requireMfaForAdmins: schema.organization.requireMfaForAdmins,
};

/**
 * Creates an organization with `ownerUserId` as its owner. The caller then acts in it (as its
 * owner, or, accepting an invitation, for the accepting organization): the row-level policies
 * require that for the insert.
 */
export async function createOrganization(
  exec: ExecutionContext<UserPrincipal | InviteePrincipal>,
  input: NewOrganization & { ownerUserId: string },
): Promise<Organization> {
  const id = randomUUID();
  const inside =
    exec.principal.kind === 'invitee'
      ? await exec.acceptFor(id)
      : await exec.enterOrganization({ organizationId: id, role: 'owner' });
  const { tx } = inside;
  const [organization] = await tx
    .insert(schema.organization)
    .values({
      id,
      kind: input.kind,
      name: input.name,
      sizeClass: input.kind === 'hospital' ? (input.sizeClass ?? null) : null,
    })
    .returning(organizationColumns);
  if (!organization) throw new Error('organization insert returned nothing');
  await tx.insert(schema.membership).values({
    organizationId: id,
    userId: input.ownerUserId,
    role: 'owner',
    audience: input.kind === 'hospital' ? 'management' : null,
  });
  await recordAudit(
    inside,
    id,
    'organization.create',
    { type: 'organization', id },
    {
      after: organization,
    },
  );
  return organization;
}

export const MyOrganization = Organization.extend({
  role: MembershipRole,
  audience: HospitalAudience.nullable(),
});
export type MyOrganization = z.infer<typeof MyOrganization>;

/** Every organization the user belongs to (for the organization switcher). */
export async function listMyOrganizations(tx: Tx, userId: string): Promise<MyOrganization[]> {
  return tx
    .select({
      ...organizationColumns,
      role: schema.membership.role,
      audience: schema.membership.audience,
    })
    .from(schema.membership)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.membership.organizationId))
    .where(eq(schema.membership.userId, userId))
    .orderBy(asc(schema.organization.name));
}

export const OrganizationSettings = z.object({
  name: OrganizationName.optional(),
  requireMfaForAdmins: z.boolean().optional(),
});
export type OrganizationSettings = z.infer<typeof OrganizationSettings>;

export async function updateOrganizationSettings(
  exec: ExecutionContext,
  current: Organization,
  changes: OrganizationSettings,
): Promise<Organization> {
  const { tx } = exec;
  const [updated] = await tx
    .update(schema.organization)
    .set(changes)
    .where(eq(schema.organization.id, current.id))
    .returning(organizationColumns);
  if (!updated) throw notFound({ ja: '組織', en: 'Organization' });
  await recordAudit(
    exec,
    current.id,
    'organization.update',
    {
      type: 'organization',
      id: current.id,
    },
    { before: current, after: updated },
  );
  return updated;
}

export const Member = z.object({
  userId: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: MembershipRole,
  audience: HospitalAudience.nullable(),
  mfaEnabled: z.boolean(),
  joinedAt: z.date(),
});
export type Member = z.infer<typeof Member>;

export async function listMembers(tx: Tx, organizationId: string): Promise<Member[]> {
  const rows = await tx
    .select({
      userId: schema.membership.userId,
      email: schema.appUser.email,
      displayName: schema.appUser.displayName,
      role: schema.membership.role,
      audience: schema.membership.audience,
      totpEnabledAt: schema.appUser.totpEnabledAt,
      joinedAt: schema.membership.createdAt,
    })
    .from(schema.membership)
    .innerJoin(schema.appUser, eq(schema.appUser.id, schema.membership.userId))
    .where(eq(schema.membership.organizationId, organizationId))
    .orderBy(asc(schema.appUser.displayName));
  return rows.map(({ totpEnabledAt, ...row }) => ({ ...row, mfaEnabled: totpEnabledAt !== null }));
}

export const MemberChange = z.object({
  userId: z.uuid(),
  role: MembershipRole,
  audience: HospitalAudience.nullish(),
});
export type MemberChange = z.infer<typeof MemberChange>;

async function findMember(tx: Tx, organizationId: string, userId: string) {
  const members = await listMembers(tx, organizationId);
  const member = members.find((m) => m.userId === userId);
  if (!member) throw notFound({ ja: 'メンバー', en: 'Member' });
  return { member, members };
}

function ensureAnotherOwner(members: Member[], userId: string): void {
  if (!members.some((m) => m.role === 'owner' && m.userId !== userId)) {
    throw new DomainError('CONFLICT', 'last_owner', {
      ja: '最後のオーナーは変更・削除できません',
      en: 'The last owner cannot be changed or removed',
    });
  }
}

/** Changes a member's role; only owners grant or take away ownership. */
export async function changeMemberRole(
  exec: ExecutionContext,
  access: { organization: Organization; role: z.infer<typeof MembershipRole> },
  change: MemberChange,
): Promise<Member> {
  const { tx } = exec;
  const { member, members } = await findMember(tx, access.organization.id, change.userId);
  if ((change.role === 'owner' || member.role === 'owner') && !roleAtLeast(access.role, 'owner')) {
    throw new DomainError('FORBIDDEN', 'role_required', {
      ja: 'オーナーの変更はオーナーのみ行えます',
      en: 'Only owners can grant or remove ownership',
    });
  }
  if (member.role === 'owner' && change.role !== 'owner')
    ensureAnotherOwner(members, member.userId);
  const audience =
    access.organization.kind === 'hospital' ? (change.audience ?? member.audience) : null;
  await tx
    .update(schema.membership)
    .set({ role: change.role, audience })
    .where(memberKey(access.organization.id, change.userId));
  const after = { ...member, role: change.role, audience };
  await recordAudit(
    exec,
    access.organization.id,
    'member.update',
    {
      type: 'user',
      id: member.userId,
    },
    {
      before: { role: member.role, audience: member.audience },
      after: { role: after.role, audience },
    },
  );
  return after;
}

function memberKey(organizationId: string, userId: string) {
  return and(
    eq(schema.membership.organizationId, organizationId),
    eq(schema.membership.userId, userId),
  );
}

/** Removes a member; owners only by owners, never the last owner. */
export async function removeMember(
  exec: ExecutionContext,
  access: { organization: Organization; role: z.infer<typeof MembershipRole> },
  userId: string,
): Promise<void> {
  const { tx } = exec;
  const { member, members } = await findMember(tx, access.organization.id, userId);
  if (member.role === 'owner') {
    if (!roleAtLeast(access.role, 'owner')) {
      throw new DomainError('FORBIDDEN', 'role_required', {
        ja: 'オーナーの削除はオーナーのみ行えます',
        en: 'Only owners can remove an owner',
      });
    }
    ensureAnotherOwner(members, userId);
  }
  await tx.delete(schema.membership).where(memberKey(access.organization.id, userId));
  await recordAudit(
    exec,
    access.organization.id,
    'member.remove',
    { type: 'user', id: userId },
    {
      before: { email: member.email, role: member.role, audience: member.audience },
    },
  );
}
