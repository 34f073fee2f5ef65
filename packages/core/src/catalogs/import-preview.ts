import { z } from 'zod';
import type { CatalogVersionDoc } from '@bunkai/guidelines';
import { VersionStatus } from '@bunkai/model/schemas';
import { eq, schema, type Tx } from '@bunkai/db';
import {
  compareCatalogImport,
  ImportOutcome,
  requirementDocOf,
  type CatalogScope,
  type ImportOptions,
} from './catalogs';
import { diffRequirementSets, VersionDiff } from './versions';

export const ImportPreview = z.object({
  catalog: z.object({ code: z.string(), titleJa: z.string(), titleEn: z.string() }),
  version: z.object({ label: z.string(), status: VersionStatus }),
  requirementCount: z.number(),
  unconfirmedCount: z.number(),
  /** What importing would do. */
  outcome: ImportOutcome,
  /** The version it is compared with: the same label if it exists, else the latest one. */
  previous: z.object({ versionId: z.uuid(), label: z.string(), status: z.string() }).nullable(),
  diff: VersionDiff.pick({ basis: true, counts: true, entries: true }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/**
 * What an import would change, before anything is written: the same comparison the import makes
 * (`compareCatalogImport`), with the diff against the version of that label or else the latest.
 */
export async function previewCatalogImport(
  tx: Tx,
  scope: CatalogScope,
  input: CatalogVersionDoc,
  options?: ImportOptions,
): Promise<ImportPreview> {
  const { outcome, doc, same, versions } = await compareCatalogImport(tx, scope, input, options);
  const summary = {
    catalog: doc.catalog,
    version: { label: doc.version.label, status: doc.version.status },
    requirementCount: doc.requirements.length,
    unconfirmedCount: doc.requirements.filter((r) => r.unconfirmed).length,
    outcome,
  };
  const previous = same?.version ?? versions[0];
  if (!previous) return { ...summary, previous: null, diff: null };
  const older =
    same?.doc.requirements ??
    (
      await tx
        .select()
        .from(schema.requirement)
        .where(eq(schema.requirement.catalogVersionId, previous.id))
    ).map(requirementDocOf);
  return {
    ...summary,
    previous: { versionId: previous.id, label: previous.label, status: previous.status },
    diff: diffRequirementSets(older, doc.requirements, null),
  };
}
