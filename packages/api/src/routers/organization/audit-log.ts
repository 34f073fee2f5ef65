import { z } from 'zod';
import { AuditLogPage, listAuditLog } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const auditLog = organizationProcedure({ role: 'admin' })
  .input(
    z.object({
      beforeSeq: z.number().int().positive().optional(),
      limit: z.number().int().min(1).max(200).default(50),
    }),
  )
  .output(AuditLogPage)
  .query(({ ctx, input }) => listAuditLog(ctx.tx, ctx.organization.id, input));
