import { z } from 'zod';
import { findMatrix } from '@bunkai/core';
import { type OrganizationAccess, workspaceProcedure } from '../../trpc';

/** Scoped to one matrix of one of the caller's workspaces (either party). */
export function matrixProcedure(access: OrganizationAccess['role']) {
  return workspaceProcedure({ role: access, kinds: ['hospital', 'vendor'] })
    .input(z.object({ matrixId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const matrix = await findMatrix(ctx.tx, ctx.workspace, input.matrixId);
      return next({ ctx: { matrix } });
    });
}
