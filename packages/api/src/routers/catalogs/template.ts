import { z } from 'zod';
import { catalogTemplate } from '@bunkai/catalogs';
import { authedProcedure } from '../../trpc';
import { CatalogFileOutput } from './file-input';

/** The documented import layout with an example, to fill in. */
export const template = authedProcedure
  .input(z.object({ format: z.enum(['xlsx', 'csv']) }))
  .output(CatalogFileOutput)
  .query(async ({ input }) => {
    const file = await catalogTemplate(input.format);
    return { ...file, contentBase64: Buffer.from(file.content).toString('base64') };
  });
