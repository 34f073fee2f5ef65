import { z } from 'zod';
import { getSystemInfo, SystemInfo } from '@bunkai/core';
import { publicProcedure } from '../../trpc';

/** Server version and database mode, shown in the shell's footer and status page. */
export const info = publicProcedure
  .input(z.void())
  .output(SystemInfo)
  .query(({ ctx }) => getSystemInfo(ctx.tx, ctx.database.mode, ctx.appVersion));
