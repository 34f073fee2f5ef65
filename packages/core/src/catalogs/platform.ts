import { applyRequestContext, schema, type Tx } from '@bunkai/db';

export const PLATFORM_ORGANIZATION_NAME = 'Bunkai プラットフォーム運営';

/** Fixed, so every deployment's platform organization is found without scanning tenants. */
export const PLATFORM_ORGANIZATION_ID = '00000000-0000-4000-8000-00000000b0b0';

/**
 * Creates the platform organization (publisher of shared catalogs; its audit chain records the
 * operators' actions) if missing, and leaves it as the transaction's context.
 */
export async function ensurePlatformOrganization(tx: Tx): Promise<string> {
  await applyRequestContext(tx, { orgId: PLATFORM_ORGANIZATION_ID });
  await tx
    .insert(schema.organization)
    .values({ id: PLATFORM_ORGANIZATION_ID, kind: 'platform', name: PLATFORM_ORGANIZATION_NAME })
    .onConflictDoNothing();
  return PLATFORM_ORGANIZATION_ID;
}

/** Makes a platform operator an owner of the platform organization. */
export async function addPlatformOperator(tx: Tx, operatorUserId: string): Promise<void> {
  await ensurePlatformOrganization(tx);
  await tx
    .insert(schema.membership)
    .values({ organizationId: PLATFORM_ORGANIZATION_ID, userId: operatorUserId, role: 'owner' })
    .onConflictDoNothing();
}
