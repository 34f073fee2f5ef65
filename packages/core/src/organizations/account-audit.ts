import type { AuditAction } from '@bunkai/model';
import {
  accountHolder,
  type ExecutionContext,
  type JobPrincipal,
  type UserPrincipal,
} from '@bunkai/db';
import { recordAudit } from '../audit/record-audit';
import { listMyOrganizations } from './organizations';

/**
 * A change to the principal's own account (password, MFA; for a job, the account it works on) is
 * recorded in the chain of every organization the person belongs to, since each must be able to
 * show it at an audit.
 */
export async function recordAccountAudit(
  exec: ExecutionContext<UserPrincipal | JobPrincipal>,
  action: AuditAction,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  const userId = accountHolder(exec.principal);
  if (userId === null) throw new Error(`${exec.principal.kind} principal without an account`);
  for (const organization of await listMyOrganizations(exec.tx, userId)) {
    await exec.inOrganization(
      { organizationId: organization.id, role: organization.role },
      (inside) =>
        recordAudit(inside, organization.id, action, { type: 'user', id: userId }, change),
    );
  }
}
