import { getWorkspace, WorkspaceSummary } from '@bunkai/core';
import { workspaceProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

export const get = workspaceProcedure({ role: 'viewer', kinds: WORKSPACE_PARTY_KINDS })
  .output(WorkspaceSummary)
  .query(({ ctx }) => getWorkspace(ctx.tx, ctx.organization.id, ctx.workspace.id));
