import { createHash } from 'node:crypto';
import { z } from 'zod';
import type {
  CatalogVersionDoc,
  CrosswalkDoc,
  RequirementDoc,
  VersionInfo,
} from '@bunkai/guidelines';
import { treeLevels } from '@bunkai/file-formats/catalog';
import { MAX_SEARCH_LENGTH } from '@bunkai/model';
import {
  FacilitySize,
  LifecyclePhase,
  OwnerSide,
  RequirementAudience,
  RequirementKind,
  VersionStatus,
} from '@bunkai/model/schemas';
import {
  and,
  asc,
  desc,
  eq,
  inArray,
  insertRows,
  isNull,
  or,
  schema,
  sql,
  type Tx,
  type ExecutionContext,
} from '@bunkai/db';
import { recordAudit } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';
import { oscalLabel } from './oscal-view';

/** Where a catalog lives: the platform's shared space, or one organization's private one. */
export type CatalogScope =
  { kind: 'platform'; auditOrganizationId: string } | { kind: 'private'; organizationId: string };

function scopeOrg(scope: CatalogScope): string | null {
  return scope.kind === 'platform' ? null : scope.organizationId;
}
function auditOrg(scope: CatalogScope): string {
  return scope.kind === 'platform' ? scope.auditOrganizationId : scope.organizationId;
}
function scopeFilter(column: typeof schema.catalog.organizationId, scope: CatalogScope) {
  const org = scopeOrg(scope);
  return org === null ? isNull(column) : eq(column, org);
}

export function documentHash(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex');
}

/**
 * A value as compared: line ends as LF and outer whitespace trimmed in every string, object keys
 * sorted, and members that hold only a default (null, '', false, [], {}) left out, so an explicit
 * null and an omitted field are the same content.
 */
function canonicalValue(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\r\n?/g, '\n').trim();
  if (Array.isArray(value)) return value.map(canonicalValue);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const member = canonicalValue((value as Record<string, unknown>)[key]);
      const empty =
        member === null ||
        member === undefined ||
        member === '' ||
        member === false ||
        (Array.isArray(member) && member.length === 0) ||
        (typeof member === 'object' && Object.keys(member).length === 0);
      if (!empty) out[key] = member;
    }
    return out;
  }
  return value;
}

/**
 * Requirements as compared: in tree order, `order` as the rank among siblings (the list's own
 * order and gaps in the numbering are not content), every field canonical.
 */
export function canonicalRequirements(requirements: RequirementDoc[]): Record<string, unknown>[] {
  const ranks = new Map<string | null, number>();
  return treeOrder(requirements).map((r) => {
    const order = ranks.get(r.parentCode) ?? 0;
    ranks.set(r.parentCode, order + 1);
    return canonicalValue({ ...r, order }) as Record<string, unknown>;
  });
}

/**
 * The hash of a version's content: its catalog's code, its version details and requirements,
 * canonical. Not the status (the importer decides it) nor the catalog's titles (the catalog's, not
 * the version's).
 */
export function versionContentHash(doc: CatalogVersionDoc): string {
  const { status: _status, ...version } = doc.version;
  return documentHash({
    catalog: doc.catalog.code,
    version: canonicalValue(version),
    requirements: canonicalRequirements(doc.requirements),
  });
}

/** Depth-first order of the tree, so a version lists as the document reads. */
function treeOrder(requirements: RequirementDoc[]): RequirementDoc[] {
  const children = new Map<string | null, RequirementDoc[]>();
  for (const r of requirements) {
    const list = children.get(r.parentCode) ?? [];
    list.push(r);
    children.set(r.parentCode, list);
  }
  const out: RequirementDoc[] = [];
  const visit = (parent: string | null) => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.order - b.order);
    for (const r of list) {
      out.push(r);
      visit(r.code);
    }
  };
  visit(null);
  return out;
}

type CatalogRow = typeof schema.catalog.$inferSelect;
type VersionRow = typeof schema.catalogVersion.$inferSelect;

/** A stored version as the format-neutral document, requirements in their stored order. */
export function storedVersionDoc(
  catalog: CatalogRow,
  version: VersionRow,
  rows: (typeof schema.requirement.$inferSelect)[],
): CatalogVersionDoc {
  return {
    catalog: { code: catalog.code, titleJa: catalog.titleJa, titleEn: catalog.titleEn },
    version: {
      label: version.label,
      status: version.status,
      effectiveDate: version.effectiveDate,
      source: version.source,
      notes: version.notes,
      // jsonb comes back untyped; it was written from the validated document.
      ...(version.oscal ? { oscal: version.oscal as VersionInfo['oscal'] } : {}),
    },
    requirements: [...rows].sort((a, b) => a.position - b.position).map(requirementDocOf),
  };
}

/** A stored requirement as the format-neutral document's. */
export function requirementDocOf({
  id: _id,
  organizationId: _o,
  catalogVersionId: _v,
  position: _p,
  siblingOrder,
  ...r
}: typeof schema.requirement.$inferSelect): RequirementDoc {
  return {
    ...r,
    order: siblingOrder,
    facilitySizes: r.facilitySizes as RequirementDoc['facilitySizes'],
    serviceTypes: r.serviceTypes as RequirementDoc['serviceTypes'],
    oscal: r.oscal as RequirementDoc['oscal'],
  };
}

export const ImportOutcome = z.enum([
  'new_catalog',
  'new_version',
  'unchanged',
  'replaces_draft',
  'conflict',
]);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

export interface ImportOptions {
  /**
   * `stored` for a file that cannot carry the version's details (CSV): they are those of the
   * stored version of the same label, if there is one.
   */
  versionDetails: 'file' | 'stored';
}

export interface ImportComparison {
  outcome: ImportOutcome;
  /** The document as it would be stored (the version's details completed as the options say). */
  doc: CatalogVersionDoc;
  hash: string;
  catalog: CatalogRow | undefined;
  /** The stored version of the same label, with its content. */
  same: { version: VersionRow; doc: CatalogVersionDoc } | undefined;
  /** The catalog's versions, newest effective date first. */
  versions: VersionRow[];
}

/**
 * What importing `parsed` into `scope` would do, by its content (see `versionContentHash`) against
 * the stored version of the same label: the one comparison behind preview and import. The document
 * comes validated (every importer parses the whole file first): a second parse of a 1,200-control
 * catalog would hold the event loop for another ~40 ms.
 */
export async function compareCatalogImport(
  tx: Tx,
  scope: CatalogScope,
  parsed: CatalogVersionDoc,
  options: ImportOptions = { versionDetails: 'file' },
): Promise<ImportComparison> {
  const [catalog] = await tx
    .select()
    .from(schema.catalog)
    .where(
      and(
        scopeFilter(schema.catalog.organizationId, scope),
        eq(schema.catalog.code, parsed.catalog.code),
      ),
    );
  if (!catalog) {
    const hash = versionContentHash(parsed);
    return { outcome: 'new_catalog', doc: parsed, hash, catalog, same: undefined, versions: [] };
  }
  const versions = await tx
    .select()
    .from(schema.catalogVersion)
    .where(eq(schema.catalogVersion.catalogId, catalog.id))
    .orderBy(
      sql`${schema.catalogVersion.effectiveDate} desc nulls last`,
      desc(schema.catalogVersion.createdAt),
    );
  const sameVersion = versions.find((v) => v.label === parsed.version.label);
  const same = sameVersion && {
    version: sameVersion,
    doc: storedVersionDoc(
      catalog,
      sameVersion,
      await tx
        .select()
        .from(schema.requirement)
        .where(eq(schema.requirement.catalogVersionId, sameVersion.id)),
    ),
  };
  const doc =
    same && options.versionDetails === 'stored'
      ? {
          ...parsed,
          version: {
            ...same.doc.version,
            label: parsed.version.label,
            status: parsed.version.status,
          },
        }
      : parsed;
  const hash = versionContentHash(doc);
  const outcome = !same
    ? 'new_version'
    : versionContentHash(same.doc) === hash
      ? 'unchanged'
      : same.version.status === 'draft'
        ? 'replaces_draft'
        : 'conflict';
  return { outcome, doc, hash, catalog, same, versions };
}

export const SaveOutcome = z.enum(['created', 'unchanged', 'replaced']);

/**
 * Stores a catalog version as `compareCatalogImport` classifies it: the same content again writes
 * nothing (not even an audit event: nothing happened); different content replaces a draft; a
 * published or retired version is never overwritten (import it under a new label).
 */
export async function saveCatalogVersion(
  exec: ExecutionContext,
  scope: CatalogScope,
  input: CatalogVersionDoc,
  options?: ImportOptions,
): Promise<{ versionId: string; outcome: z.infer<typeof SaveOutcome> }> {
  const { tx, actor } = exec;
  const { outcome, doc, hash, catalog, same } = await compareCatalogImport(
    tx,
    scope,
    input,
    options,
  );
  const existing = same?.version;
  if (existing && outcome === 'unchanged') return { versionId: existing.id, outcome };
  if (existing && outcome === 'conflict') {
    const status = existing.status === 'retired' ? { ja: '廃止済み', en: 'retired' } : null;
    throw new DomainError(
      'CONFLICT',
      'version_not_draft',
      {
        ja: `版 ${doc.version.label} は${status?.ja ?? '公開済み'}のため上書きできません。新しい版として取り込んでください`,
        en: `Version ${doc.version.label} is already ${status?.en ?? 'published'}; import it as a new version`,
      },
      'version.label',
    );
  }
  const organizationId = scopeOrg(scope);
  const catalogId =
    catalog?.id ??
    (
      await tx
        .insert(schema.catalog)
        .values({
          organizationId,
          code: doc.catalog.code,
          titleJa: doc.catalog.titleJa,
          titleEn: doc.catalog.titleEn,
        })
        .returning({ id: schema.catalog.id })
    )[0]?.id;
  if (!catalogId) throw new Error('catalog insert returned nothing');
  const values = {
    organizationId,
    catalogId,
    label: doc.version.label,
    status: doc.version.status,
    effectiveDate: doc.version.effectiveDate,
    source: doc.version.source,
    notes: doc.version.notes,
    oscal: doc.version.oscal ?? null,
    contentHash: hash,
    publishedAt: doc.version.status === 'published' ? actor.now : null,
    retiredAt: doc.version.status === 'retired' ? actor.now : null,
  };
  let versionId: string;
  if (existing) {
    await tx
      .update(schema.catalogVersion)
      .set(values)
      .where(eq(schema.catalogVersion.id, existing.id));
    await tx.delete(schema.requirement).where(eq(schema.requirement.catalogVersionId, existing.id));
    versionId = existing.id;
  } else {
    const [row] = await tx
      .insert(schema.catalogVersion)
      .values(values)
      .returning({ id: schema.catalogVersion.id });
    if (!row) throw new Error('version insert returned nothing');
    versionId = row.id;
  }
  await insertRows(
    tx,
    schema.requirement,
    treeOrder(doc.requirements).map(({ order, ...fields }, position) => ({
      ...fields,
      organizationId,
      catalogVersionId: versionId,
      position,
      siblingOrder: order,
    })),
  );
  const saved = existing ? 'replaced' : 'created';
  await recordAudit(
    exec,
    auditOrg(scope),
    `catalog_version.${saved === 'created' ? 'import' : 'replace'}`,
    {
      type: 'catalog_version',
      id: versionId,
    },
    {
      after: {
        catalog: doc.catalog.code,
        label: doc.version.label,
        requirements: doc.requirements.length,
        hash,
      },
    },
  );
  return { versionId, outcome: saved };
}

async function findVersionId(
  tx: Tx,
  scope: CatalogScope,
  catalogCode: string,
  label: string,
): Promise<string> {
  const [row] = await tx
    .select({ id: schema.catalogVersion.id })
    .from(schema.catalogVersion)
    .innerJoin(schema.catalog, eq(schema.catalog.id, schema.catalogVersion.catalogId))
    .where(
      and(
        scopeFilter(schema.catalog.organizationId, scope),
        eq(schema.catalog.code, catalogCode),
        eq(schema.catalogVersion.label, label),
      ),
    );
  if (!row)
    throw notFound({ ja: `版 ${catalogCode} ${label}`, en: `Version ${catalogCode} ${label}` });
  return row.id;
}

/** Stores a crosswalk between two stored versions (same scope); the same content is a no-op. */
export async function saveCrosswalk(
  exec: ExecutionContext,
  scope: CatalogScope,
  doc: CrosswalkDoc,
): Promise<{ crosswalkId: string; outcome: z.infer<typeof SaveOutcome> }> {
  const { tx } = exec;
  const organizationId = scopeOrg(scope);
  const fromVersionId = await findVersionId(tx, scope, doc.from.catalog, doc.from.version);
  const toVersionId = await findVersionId(tx, scope, doc.to.catalog, doc.to.version);
  const hash = documentHash(doc);
  const existing = await findCrosswalk(tx, fromVersionId, toVersionId);
  if (existing?.contentHash === hash) return { crosswalkId: existing.id, outcome: 'unchanged' };
  let crosswalkId: string;
  if (existing) {
    await tx
      .update(schema.crosswalk)
      .set({ contentHash: hash })
      .where(eq(schema.crosswalk.id, existing.id));
    await tx
      .delete(schema.crosswalkEntry)
      .where(eq(schema.crosswalkEntry.crosswalkId, existing.id));
    crosswalkId = existing.id;
  } else {
    const [row] = await tx
      .insert(schema.crosswalk)
      .values({ organizationId, fromVersionId, toVersionId, contentHash: hash })
      .returning({ id: schema.crosswalk.id });
    if (!row) throw new Error('crosswalk insert returned nothing');
    crosswalkId = row.id;
  }
  // One JSON parameter, as the requirements go: a VALUES list stops at 65,535 parameters.
  await insertRows(
    tx,
    schema.crosswalkEntry,
    doc.entries.map((e) => ({
      organizationId,
      crosswalkId,
      fromCode: e.fromCode,
      toCode: e.toCode,
      relation: e.relation,
      note: e.note,
    })),
  );
  await recordAudit(
    exec,
    auditOrg(scope),
    'crosswalk.import',
    { type: 'crosswalk', id: crosswalkId },
    {
      after: { from: doc.from, to: doc.to, entries: doc.entries.length },
    },
  );
  return { crosswalkId, outcome: existing ? 'replaced' : 'created' };
}

export const CatalogVersionSummary = z.object({
  id: z.uuid(),
  label: z.string(),
  status: VersionStatus,
  effectiveDate: z.string().nullable(),
  source: z.string().nullable(),
  notes: z.string().nullable(),
  requirementCount: z.number(),
  unconfirmedCount: z.number(),
});
export const CatalogSummary = z.object({
  id: z.uuid(),
  code: z.string(),
  titleJa: z.string(),
  titleEn: z.string(),
  private: z.boolean(),
  versions: z.array(CatalogVersionSummary),
});
export type CatalogSummary = z.infer<typeof CatalogSummary>;

/**
 * The platform's catalogs and the organization's own, with their versions (newest effective date
 * first). A partner hospital's catalog a vendor may read through a shared matrix is reached from
 * that matrix, not listed among the vendor's catalogs.
 */
export async function listCatalogs(tx: Tx, organizationId: string): Promise<CatalogSummary[]> {
  const c = schema.catalog;
  const catalogs = await tx
    .select()
    .from(c)
    .where(or(isNull(c.organizationId), eq(c.organizationId, organizationId)))
    .orderBy(asc(c.code));
  if (catalogs.length === 0) return [];
  const versions = await tx
    .select({
      id: schema.catalogVersion.id,
      catalogId: schema.catalogVersion.catalogId,
      label: schema.catalogVersion.label,
      status: schema.catalogVersion.status,
      effectiveDate: schema.catalogVersion.effectiveDate,
      source: schema.catalogVersion.source,
      notes: schema.catalogVersion.notes,
      // Qualified by hand: inside a subquery drizzle would leave `id` unqualified.
      requirementCount: sql<number>`(select count(*)::int from requirement rq
        where rq.catalog_version_id = catalog_version.id)`,
      unconfirmedCount: sql<number>`(select count(*)::int from requirement rq
        where rq.catalog_version_id = catalog_version.id and rq.unconfirmed)`,
    })
    .from(schema.catalogVersion)
    .where(
      inArray(
        schema.catalogVersion.catalogId,
        catalogs.map((c) => c.id),
      ),
    )
    .orderBy(
      sql`${schema.catalogVersion.effectiveDate} desc nulls last`,
      asc(schema.catalogVersion.label),
    );
  const versionsOf = new Map<string, Omit<(typeof versions)[number], 'catalogId'>[]>();
  for (const { catalogId, ...v } of versions) {
    const list = versionsOf.get(catalogId) ?? [];
    list.push(v);
    versionsOf.set(catalogId, list);
  }
  return catalogs.map((c) => ({
    id: c.id,
    code: c.code,
    titleJa: c.titleJa,
    titleEn: c.titleEn,
    private: c.organizationId !== null,
    versions: versionsOf.get(c.id) ?? [],
  }));
}

export const Requirement = z.object({
  code: z.string(),
  /** The OSCAL label (`AC-17(1)`) of an imported control, else null (the code is the label). */
  label: z.string().nullable(),
  parentCode: z.string().nullable(),
  position: z.number(),
  depth: z.number(),
  titleJa: z.string(),
  titleEn: z.string(),
  textJa: z.string(),
  textEn: z.string(),
  audience: z.array(RequirementAudience),
  level: z.string().nullable(),
  facilitySizes: z.array(z.string()),
  serviceTypes: z.array(z.string()),
  defaultOwner: OwnerSide.nullable(),
  phase: LifecyclePhase.nullable(),
  checklistRefs: z.array(z.string()),
  unconfirmed: z.boolean(),
  kind: RequirementKind,
  withdrawn: z.boolean(),
});
export type Requirement = z.infer<typeof Requirement>;

export const RequirementFilter = z.object({
  versionId: z.uuid(),
  search: z.string().trim().max(MAX_SEARCH_LENGTH).optional(),
  audience: RequirementAudience.optional(),
  level: z.string().max(40).optional(),
  facilitySize: FacilitySize.optional(),
  owner: OwnerSide.optional(),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(200),
});
export type RequirementFilter = z.infer<typeof RequirementFilter>;

export const RequirementPage = z.object({
  items: z.array(Requirement),
  total: z.number(),
  nextOffset: z.number().nullable(),
});

export async function requireVersion(tx: Tx, versionId: string) {
  const [version] = await tx
    .select()
    .from(schema.catalogVersion)
    .where(eq(schema.catalogVersion.id, versionId));
  if (!version) throw notFound({ ja: 'ガイドラインの版', en: 'Catalog version' });
  return version;
}

/** A page of a version's requirements in document order, filtered and searched in ja and en. */
export async function listRequirements(
  tx: Tx,
  filter: RequirementFilter,
): Promise<z.infer<typeof RequirementPage>> {
  await requireVersion(tx, filter.versionId);
  const r = schema.requirement;
  const pattern = filter.search ? `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const where = and(
    eq(r.catalogVersionId, filter.versionId),
    pattern
      ? or(
          sql`${r.code} ilike ${pattern}`,
          sql`${r.titleJa} ilike ${pattern}`,
          sql`${r.titleEn} ilike ${pattern}`,
          sql`${r.textJa} ilike ${pattern}`,
          sql`${r.textEn} ilike ${pattern}`,
        )
      : undefined,
    filter.audience
      ? sql`${filter.audience}::requirement_audience = any(${r.audience})`
      : undefined,
    filter.level ? eq(r.level, filter.level) : undefined,
    filter.facilitySize
      ? sql`(cardinality(${r.facilitySizes}) = 0 or ${filter.facilitySize} = any(${r.facilitySizes}))`
      : undefined,
    filter.owner ? eq(r.defaultOwner, filter.owner) : undefined,
  );
  const rows = await tx
    .select()
    .from(r)
    .where(where)
    .orderBy(asc(r.position))
    .offset(filter.offset)
    .limit(filter.limit);
  const [count] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(r)
    .where(where);
  const depths = depthsIn(await parentsOf(tx, filter.versionId));
  const total = count?.n ?? 0;
  return {
    items: rows.map((row) => presentRequirement(row, depths.get(row.code) ?? 0)),
    total,
    nextOffset: filter.offset + rows.length < total ? filter.offset + rows.length : null,
  };
}

/** Each requirement's parent code in a version: the shape of its tree. */
export async function parentsOf(tx: Tx, versionId: string): Promise<Map<string, string | null>> {
  const rows = await tx
    .select({ code: schema.requirement.code, parentCode: schema.requirement.parentCode })
    .from(schema.requirement)
    .where(eq(schema.requirement.catalogVersionId, versionId));
  return new Map(rows.map((r) => [r.code, r.parentCode]));
}

/** Each code's depth below the top (0); stored trees have no loops (a loop would count as 0). */
export function depthsIn(parent: ReadonlyMap<string, string | null>): Map<string, number> {
  return new Map([...treeLevels(parent)].map(([code, level]) => [code, Math.max(level - 1, 0)]));
}

export function presentRequirement(
  row: typeof schema.requirement.$inferSelect,
  depth: number,
): Requirement {
  return {
    code: row.code,
    // jsonb comes back untyped; it was written from the validated document.
    label: oscalLabel((row.oscal as RequirementDoc['oscal'])?.props),
    parentCode: row.parentCode,
    position: row.position,
    depth,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    textJa: row.textJa,
    textEn: row.textEn,
    audience: row.audience,
    level: row.level,
    facilitySizes: row.facilitySizes,
    serviceTypes: row.serviceTypes,
    defaultOwner: row.defaultOwner,
    phase: row.phase,
    checklistRefs: row.checklistRefs,
    unconfirmed: row.unconfirmed,
    kind: row.kind,
    withdrawn: row.withdrawn,
  };
}

/** The crosswalk from one version to another, if one was imported. */
export async function findCrosswalk(tx: Tx, fromVersionId: string, toVersionId: string) {
  const [found] = await tx
    .select()
    .from(schema.crosswalk)
    .where(
      and(
        eq(schema.crosswalk.fromVersionId, fromVersionId),
        eq(schema.crosswalk.toVersionId, toVersionId),
      ),
    );
  return found;
}
