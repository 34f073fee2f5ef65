import { z } from 'zod';
import { ImportPreview, previewCatalogImport } from '@bunkai/core';
import { organizationProcedure } from '../../trpc';
import { CatalogFileInput, ImportIssue, parseUpload } from './file-input';
import { catalogScope } from './scope';

/** Validates the whole file and shows what importing it would change; writes nothing. */
export const importPreview = organizationProcedure({ role: 'admin' })
  .meta({ upload: true })
  .input(CatalogFileInput)
  .output(
    z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), preview: ImportPreview }),
      z.object({ ok: z.literal(false), issues: z.array(ImportIssue) }),
    ]),
  )
  .mutation(async ({ ctx, input }) => {
    const parsed = await parseUpload(ctx.parseCatalogFile, input);
    if (!parsed.ok) return { ok: false as const, issues: parsed.issues };
    const preview = await previewCatalogImport(
      ctx.tx,
      catalogScope(ctx.organization),
      parsed.value.doc,
      parsed.value.options,
    );
    return { ok: true as const, preview };
  });
