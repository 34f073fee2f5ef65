import { eq, schema, type JobPrincipal, type Tx } from '@bunkai/db';

export const PLATFORM_ORGANIZATION_NAME = 'Bunkai プラットフォーム運営';

/** Fixed, so every deployment's platform organization is found without scanning tenants. */
export const PLATFORM_ORGANIZATION_ID = '00000000-0000-4000-8000-00000000b0b0';

/** A job acting for the platform organization (start-up sync, operator commands, demo seed). */
export function platformJob(name: string): JobPrincipal {
  return { kind: 'job', name, organizationId: PLATFORM_ORGANIZATION_ID };
}

/**
 * Creates the platform organization (publisher of shared catalogs; its audit chain records the
 * operators' actions) if missing. The caller acts for it (`platformJob`).
 */
export async function ensurePlatformOrganization(tx: Tx): Promise<string> {
  await tx
    .insert(schema.organization)
    .values({ id: PLATFORM_ORGANIZATION_ID, kind: 'platform', name: PLATFORM_ORGANIZATION_NAME })
    .onConflictDoNothing();
  return PLATFORM_ORGANIZATION_ID;
}

/**
 * Makes a user a platform operator: flagged, and an owner of the platform organization. The
 * caller acts for the platform organization (`platformJob`).
 */
export async function addPlatformOperator(tx: Tx, operatorUserId: string): Promise<void> {
  await tx
    .update(schema.appUser)
    .set({ isPlatformOperator: true })
    .where(eq(schema.appUser.id, operatorUserId));
  await ensurePlatformOrganization(tx);
  await tx
    .insert(schema.membership)
    .values({ organizationId: PLATFORM_ORGANIZATION_ID, userId: operatorUserId, role: 'owner' })
    .onConflictDoNothing();
}
