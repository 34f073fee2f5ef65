import type { AuditAction } from '@bunkai/model';
import { applyRequestContext, type Tx } from '@bunkai/db';
import { recordAudit, type Actor } from '../actor';
import { listMyOrganizations } from './organizations';

/**
 * A change to a person's account (password, MFA) is recorded in the chain of every organization
 * they belong to, since each must be able to show it at an audit. Leaves the context on
 * `restoreOrgId` afterwards.
 */
export async function recordAccountAudit(
  tx: Tx,
  actor: Actor,
  userId: string,
  action: AuditAction,
  restoreOrgId: string | null,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  await applyRequestContext(tx, { userId });
  for (const organization of await listMyOrganizations(tx, userId)) {
    await applyRequestContext(tx, { orgId: organization.id });
    await recordAudit(tx, actor, organization.id, action, { type: 'user', id: userId }, change);
  }
  await applyRequestContext(tx, { orgId: restoreOrgId });
}
