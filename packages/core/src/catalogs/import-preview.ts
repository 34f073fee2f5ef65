import { z } from 'zod';
import type { CatalogVersionDoc } from '@bunkai/catalogs/model';
import { and, desc, eq, isNull, schema, sql, type Tx } from '@bunkai/db';
import { documentHash, type CatalogScope } from './catalogs';
import { diffRequirementSets, VersionDiff } from './versions';

export const ImportPreview = z.object({
  catalog: z.object({ code: z.string(), titleJa: z.string(), titleEn: z.string() }),
  version: z.object({ label: z.string(), status: z.enum(['draft', 'published', 'retired']) }),
  requirementCount: z.number(),
  unconfirmedCount: z.number(),
  /** What importing would do. */
  outcome: z.enum(['new_catalog', 'new_version', 'unchanged', 'replaces_draft', 'conflict']),
  /** The version it is compared with: the same label if it exists, else the latest one. */
  previous: z.object({ versionId: z.uuid(), label: z.string(), status: z.string() }).nullable(),
  diff: VersionDiff.pick({ basis: true, counts: true, entries: true }).nullable(),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** What an import would change, before anything is written. */
export async function previewCatalogImport(
  tx: Tx,
  scope: CatalogScope,
  doc: CatalogVersionDoc,
): Promise<ImportPreview> {
  const org = scope.kind === 'platform' ? null : scope.organizationId;
  const [catalog] = await tx
    .select({ id: schema.catalog.id })
    .from(schema.catalog)
    .where(
      and(
        org === null
          ? isNull(schema.catalog.organizationId)
          : eq(schema.catalog.organizationId, org),
        eq(schema.catalog.code, doc.catalog.code),
      ),
    );
  const summary = {
    catalog: doc.catalog,
    version: { label: doc.version.label, status: doc.version.status },
    requirementCount: doc.requirements.length,
    unconfirmedCount: doc.requirements.filter((r) => r.unconfirmed).length,
  };
  if (!catalog) return { ...summary, outcome: 'new_catalog', previous: null, diff: null };
  const versions = await tx
    .select()
    .from(schema.catalogVersion)
    .where(eq(schema.catalogVersion.catalogId, catalog.id))
    .orderBy(
      sql`${schema.catalogVersion.effectiveDate} desc nulls last`,
      desc(schema.catalogVersion.createdAt),
    );
  const same = versions.find((v) => v.label === doc.version.label);
  const previous = same ?? versions[0];
  const outcome = !same
    ? 'new_version'
    : same.contentHash === documentHash(doc)
      ? 'unchanged'
      : same.status === 'draft'
        ? 'replaces_draft'
        : 'conflict';
  if (!previous) return { ...summary, outcome, previous: null, diff: null };
  const older = await tx
    .select()
    .from(schema.requirement)
    .where(eq(schema.requirement.catalogVersionId, previous.id));
  return {
    ...summary,
    outcome,
    previous: { versionId: previous.id, label: previous.label, status: previous.status },
    diff: diffRequirementSets(older, doc.requirements, null),
  };
}
