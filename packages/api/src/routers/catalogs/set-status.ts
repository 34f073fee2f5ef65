import { z } from 'zod';
import { setVersionStatus } from '@bunkai/core';
import { SettableVersionStatus } from '@bunkai/model/schemas';
import { organizationProcedure } from '../../trpc';
import { catalogScope } from './scope';

/** Publish or retire a version: platform operators for shared catalogs, admins for private ones. */
export const setStatus = organizationProcedure({ role: 'admin' })
  .input(z.object({ versionId: z.uuid(), status: SettableVersionStatus }))
  .output(z.object({ versionId: z.uuid(), status: SettableVersionStatus }))
  .mutation(async ({ ctx, input }) => {
    await setVersionStatus(ctx.exec, catalogScope(ctx.organization), input.versionId, input.status);
    return input;
  });
