import { z } from 'zod';
import { CatalogSummary, listCatalogs } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';

/** Published platform catalogs plus the organization's private ones. */
export const list = organizationProcedure({ role: 'viewer' })
  .input(z.void())
  .output(z.array(CatalogSummary))
  .query(({ ctx }) => listCatalogs(ctx.tx, ctx.organization.id));
