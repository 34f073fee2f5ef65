import { z } from 'zod';
import {
  HospitalAudience,
  HospitalSizeClass,
  MembershipRole,
  OrganizationKind,
  TenantKind,
} from '@bunkai/model/schemas';

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
