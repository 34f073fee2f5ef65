import { z } from 'zod';
import { Membership, Organization } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

/** The active organization and the caller's place in it. */
export const get = organizationProcedure({ role: 'viewer' })
  .input(z.void())
  .output(z.object({ organization: Organization, membership: Membership }))
  .query(({ ctx }) => ({ organization: ctx.organization, membership: ctx.membership }));
