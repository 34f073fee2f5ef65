import { z } from 'zod';
import { listMyOrganizations, MyOrganization } from '@bunkai/core';
import { authedProcedure } from '../../trpc';

export const organizations = authedProcedure
  .input(z.void())
  .output(z.array(MyOrganization))
  .query(({ ctx }) => listMyOrganizations(ctx.tx, ctx.user.id));
