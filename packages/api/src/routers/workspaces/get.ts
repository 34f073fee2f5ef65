import { getWorkspace, WorkspaceSummary } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';

export const get = workspaceProcedure({ role: 'viewer', kinds: ['hospital', 'vendor'] })
  .output(WorkspaceSummary)
  .query(({ ctx }) => getWorkspace(ctx.tx, ctx.organization.id, ctx.workspace.id));
