import { z } from 'zod';
import { listMembers, Member } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const members = organizationProcedure({ role: 'viewer' })
  .input(z.void())
  .output(z.array(Member))
  .query(({ ctx }) => listMembers(ctx.tx, ctx.organization.id));
