import { z } from 'zod';
import { getServiceInfo, ServiceInfo } from '@bunkai/core';
import { publicProcedure } from '../../trpc';

/** Server version and database mode, shown in the shell's footer and status page. */
export const info = publicProcedure
  .input(z.void())
  .output(ServiceInfo)
  .query(({ ctx }) => getServiceInfo(ctx.tx, ctx.database.mode, ctx.appVersion));
