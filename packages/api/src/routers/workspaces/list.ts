import { z } from 'zod';
import { listWorkspaces, WorkspaceSummary } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';
import { WORKSPACE_PARTY_KINDS } from '@bunkai/model';

export const list = organizationProcedure({ role: 'viewer', kinds: WORKSPACE_PARTY_KINDS })
  .input(z.void())
  .output(z.array(WorkspaceSummary))
  .query(({ ctx }) => listWorkspaces(ctx.tx, ctx.organization.id));
