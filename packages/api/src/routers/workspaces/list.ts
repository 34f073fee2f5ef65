import { z } from 'zod';
import { listWorkspaces, WorkspaceSummary } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const list = organizationProcedure({ role: 'viewer', kinds: ['hospital', 'vendor'] })
  .input(z.void())
  .output(z.array(WorkspaceSummary))
  .query(({ ctx }) => listWorkspaces(ctx.tx, ctx.organization.id));
