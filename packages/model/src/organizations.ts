import type { Label } from './labels';

/** 'platform': the one organization of the platform operators; never offered at sign-up. */
export const ORGANIZATION_KINDS = ['hospital', 'vendor', 'coordinator', 'platform'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** What someone may sign up as. */
export const TENANT_KINDS = ['hospital', 'vendor', 'coordinator'] as const;
export type TenantKind = (typeof TENANT_KINDS)[number];

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, Label> = {
  hospital: { ja: '病院', en: 'Hospital' },
  vendor: { ja: '事業者', en: 'Vendor' },
  coordinator: { ja: '地域連携運営主体', en: 'Regional network coordinator' },
  platform: { ja: 'プラットフォーム運営者', en: 'Platform operator' },
};

export const HOSPITAL_SIZE_CLASSES = [
  'large_hospital',
  'medium_hospital',
  'small_hospital',
  'clinic',
  'pharmacy',
] as const;
export type HospitalSizeClass = (typeof HOSPITAL_SIZE_CLASSES)[number];

export const HOSPITAL_SIZE_CLASS_LABELS: Record<HospitalSizeClass, Label> = {
  large_hospital: { ja: '大規模病院', en: 'Large hospital' },
  medium_hospital: { ja: '中規模病院', en: 'Medium-sized hospital' },
  small_hospital: { ja: '小規模病院', en: 'Small hospital' },
  clinic: { ja: '診療所', en: 'Clinic' },
  pharmacy: { ja: '薬局', en: 'Pharmacy' },
};

/** Highest first, as they are offered. */
export const MEMBERSHIP_ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, Label> = {
  owner: { ja: 'オーナー', en: 'Owner' },
  admin: { ja: '管理者', en: 'Administrator' },
  member: { ja: 'メンバー', en: 'Member' },
  viewer: { ja: '閲覧者', en: 'Viewer' },
};

/** Each role may do what the roles below it may. */
export const ROLE_RANK: Record<MembershipRole, number> = {
  viewer: 0,
  member: 1,
  admin: 2,
  owner: 3,
};

export function roleAtLeast(role: MembershipRole, least: MembershipRole): boolean {
  return ROLE_RANK[role] >= ROLE_RANK[least];
}

/** The roles someone with `role` may give others: their own and those below it. */
export function rolesUpTo(role: MembershipRole): MembershipRole[] {
  return MEMBERSHIP_ROLES.filter((other) => roleAtLeast(role, other));
}

/** Owners and admins manage the organization (members, invitations, catalogs, signing). */
export function isAdminRole(role: MembershipRole): boolean {
  return roleAtLeast(role, 'admin');
}

/** Which part of the guideline a hospital member reads (経営管理編, 企画管理編, システム運用編). */
export const HOSPITAL_AUDIENCES = ['management', 'admin', 'staff'] as const;
export type HospitalAudience = (typeof HOSPITAL_AUDIENCES)[number];

export const HOSPITAL_AUDIENCE_LABELS: Record<HospitalAudience, Label> = {
  management: { ja: '経営層（経営管理編）', en: 'Management (Governance part)' },
  admin: { ja: '企画管理者（企画管理編）', en: 'Planning and administration (Planning part)' },
  staff: { ja: 'システム運用担当者（システム運用編）', en: 'System operations (Operations part)' },
};
