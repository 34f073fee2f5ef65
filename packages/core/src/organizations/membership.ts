import { and, eq, type Tx, schema } from '@bunkai/db';
import { DomainError, notFound } from '../errors';
import {
  isAdminRole,
  roleAtLeast,
  type MembershipRole,
  type OrganizationKind,
} from '@bunkai/model';
import type { Membership, Organization } from './schemas';

export interface MemberAccess {
  organization: Organization;
  membership: Membership;
}

/**
 * The caller's membership in the organization, or NOT_FOUND (also for another tenant's id).
 * Owners and admins must have MFA when their organization requires it.
 */
export async function requireMembership(
  tx: Tx,
  input: {
    organizationId: string;
    user: { id: string; mfaEnabled: boolean };
    role: MembershipRole;
    kinds?: readonly OrganizationKind[] | undefined;
  },
): Promise<MemberAccess> {
  const [row] = await tx
    .select({
      organization: {
        id: schema.organization.id,
        kind: schema.organization.kind,
        name: schema.organization.name,
        sizeClass: schema.organization.sizeClass,
        requireMfaForAdmins: schema.organization.requireMfaForAdmins,
      },
      membership: { role: schema.membership.role, audience: schema.membership.audience },
    })
    .from(schema.membership)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.membership.organizationId))
    .where(
      and(
        eq(schema.membership.organizationId, input.organizationId),
        eq(schema.membership.userId, input.user.id),
      ),
    );
  if (!row) throw notFound({ ja: '組織', en: 'Organization' });
  const { organization, membership } = row;
  if (organization.requireMfaForAdmins && isAdminRole(membership.role) && !input.user.mfaEnabled) {
    throw new DomainError('FORBIDDEN', 'mfa_enrollment_required', {
      ja: '管理者は二要素認証（MFA）の設定が必要です。アカウント設定から設定してください',
      en: 'Administrators must set up two-factor authentication (MFA) in account settings',
    });
  }
  if (input.kinds && !input.kinds.includes(organization.kind)) {
    throw new DomainError('FORBIDDEN', 'organization_kind', {
      ja: 'この操作はこの種類の組織では行えません',
      en: 'This kind of organization cannot do this',
    });
  }
  if (!roleAtLeast(membership.role, input.role)) {
    throw new DomainError('FORBIDDEN', 'role_required', {
      ja: 'この操作を行う権限がありません',
      en: 'Your role does not allow this',
    });
  }
  return { organization, membership };
}
