import { applyRequestContext, eq, schema, type Tx } from '@bunkai/db';

export const PLATFORM_ORGANIZATION_NAME = 'Bunkai プラットフォーム運営';

/**
 * The platform organization (publisher of shared catalogs; its audit chain records operators'
 * actions), created on first use, with `operatorUserId` as an owner. Leaves it as the context.
 */
export async function ensurePlatformMembership(tx: Tx, operatorUserId: string): Promise<string> {
  await applyRequestContext(tx, { userId: operatorUserId });
  const [mine] = await tx
    .select({ id: schema.organization.id })
    .from(schema.membership)
    .innerJoin(schema.organization, eq(schema.organization.id, schema.membership.organizationId))
    .where(eq(schema.organization.kind, 'platform'));
  if (mine) return mine.id;
  // Each operator joins the one platform organization; find it by its fixed id.
  await applyRequestContext(tx, { orgId: PLATFORM_ORGANIZATION_ID });
  await tx
    .insert(schema.organization)
    .values({
      id: PLATFORM_ORGANIZATION_ID,
      kind: 'platform',
      name: PLATFORM_ORGANIZATION_NAME,
    })
    .onConflictDoNothing();
  await tx
    .insert(schema.membership)
    .values({ organizationId: PLATFORM_ORGANIZATION_ID, userId: operatorUserId, role: 'owner' })
    .onConflictDoNothing();
  return PLATFORM_ORGANIZATION_ID;
}

/** Fixed, so every deployment's platform organization is found without scanning tenants. */
export const PLATFORM_ORGANIZATION_ID = '00000000-0000-4000-8000-00000000b0b0';
