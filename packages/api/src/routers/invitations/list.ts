import { z } from 'zod';
import { Invitation, listInvitations } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

export const list = organizationProcedure({ role: 'admin' })
  .input(z.void())
  .output(z.array(Invitation))
  .query(({ ctx }) => listInvitations(ctx.tx, ctx.organization.id, ctx.now()));
