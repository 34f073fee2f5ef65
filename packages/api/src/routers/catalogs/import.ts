import { z } from 'zod';
import { saveCatalogVersion, SaveOutcome } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';
import { CatalogFileInput, ImportIssue, parseUpload } from './file-input';
import { catalogScope } from './scope';

/**
 * Imports a catalog version as a draft (publishing is a separate, deliberate step). A file with
 * any bad row writes nothing; the same content again (any export of the version) writes nothing
 * and answers `unchanged`; changed content of a published or retired version is refused (409).
 */
export const importVersion = organizationProcedure({ role: 'admin' })
  .meta({ upload: true })
  .input(CatalogFileInput)
  .output(
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), versionId: z.uuid(), outcome: SaveOutcome }),
      z.object({ ok: z.literal(false), issues: z.array(ImportIssue) }),
    ]),
  )
  .mutation(async ({ ctx, input }) => {
    const parsed = await parseUpload(ctx.parseCatalogFile, input);
    if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
    const saved = await saveCatalogVersion(
      ctx.exec,
      catalogScope(ctx.organization),
      parsed.value.doc,
      parsed.value.options,
    );
    return { ok: true as const, ...saved };
  });
