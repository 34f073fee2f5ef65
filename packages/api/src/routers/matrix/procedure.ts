import { z } from 'zod';
import { findMatrix } from '@bunkai/core';
import { type OrganizationAccess, workspaceProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

/** Scoped to one matrix of one of the caller's workspaces (either party). */
export function matrixProcedure(access: OrganizationAccess['role']) {
  return workspaceProcedure({ role: access, kinds: WORKSPACE_PARTY_KINDS })
    .input(z.object({ matrixId: z.uuid() }))
    .use(async ({ ctx, input, next }) => {
      const matrix = await findMatrix(ctx.tx, ctx.workspace, input.matrixId);
      return next({ ctx: { matrix } });
    });
}
