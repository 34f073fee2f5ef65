import type { AuditAction, AuditTargetType } from '@bunkai/model';
import { appendAuditEvent, type ExecutionContext } from '@bunkai/db';

export interface AuditTarget {
  type: AuditTargetType;
  id?: string | null;
}

/** Records a mutation in the organization's chain, in the mutation's own transaction. */
export function recordAudit(
  { tx, actor }: ExecutionContext,
  organizationId: string,
  action: AuditAction,
  target: AuditTarget,
  change: { before?: unknown; after?: unknown } = {},
): Promise<void> {
  return appendAuditEvent(
    tx,
    {
      organizationId,
      actorUserId: actor.userId,
      action,
      targetType: target.type,
      targetId: target.id ?? null,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: actor.requestId,
      ipAddress: actor.ipAddress,
    },
    actor.now,
  );
}
