import { z } from 'zod';

export const OrganizationKind = z.enum(['hospital', 'vendor', 'coordinator', 'platform']);
export type OrganizationKind = z.infer<typeof OrganizationKind>;

/** What someone may sign up as; the platform organization is created by the system. */
export const TenantKind = z.enum(['hospital', 'vendor', 'coordinator']);

export const HospitalSizeClass = z.enum([
  'large_hospital',
  'medium_hospital',
  'small_hospital',
  'clinic',
  'pharmacy',
]);
export type HospitalSizeClass = z.infer<typeof HospitalSizeClass>;

export const MembershipRole = z.enum(['owner', 'admin', 'member', 'viewer']);
export type MembershipRole = z.infer<typeof MembershipRole>;

export const HospitalAudience = z.enum(['management', 'admin', 'staff']);
export type HospitalAudience = z.infer<typeof HospitalAudience>;

export const OrganizationName = z
  .string()
  .trim()
  .min(1, '組織名を入力してください / Enter the organization name')
  .max(200, '組織名は200文字以内です / The organization name is at most 200 characters');

export const Organization = z.object({
  id: z.uuid(),
  kind: OrganizationKind,
  name: z.string(),
  sizeClass: HospitalSizeClass.nullable(),
  requireMfaForAdmins: z.boolean(),
});
export type Organization = z.infer<typeof Organization>;

export const NewOrganization = z
  .object({
    kind: TenantKind,
    name: OrganizationName,
    sizeClass: HospitalSizeClass.nullish(),
  })
  .refine((o) => o.kind !== 'hospital' || o.sizeClass, {
    path: ['sizeClass'],
    message: '病院は規模区分を選んでください / Choose the hospital size class',
  });
export type NewOrganization = z.infer<typeof NewOrganization>;

export const Membership = z.object({
  role: MembershipRole,
  audience: HospitalAudience.nullable(),
});
export type Membership = z.infer<typeof Membership>;
