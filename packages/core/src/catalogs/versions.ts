import { z } from 'zod';
import { ParamExpansionLimitError } from '@bunkai/file-formats/catalog';
import type { CatalogVersionDoc, OscalNode, RequirementDoc } from '@bunkai/guidelines';
import { versionStatusChangeAllowed, type SettableVersionStatus } from '@bunkai/model';
import { CrosswalkRelation, DiffKind } from '@bunkai/model/schemas';
import {
  alias,
  and,
  asc,
  eq,
  inArray,
  or,
  schema,
  sql,
  type Tx,
  type ExecutionContext,
} from '@bunkai/db';
import { recordAudit } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';
import {
  canonicalRequirements,
  depthsIn,
  findCrosswalk,
  parentsOf,
  presentRequirement,
  Requirement,
  requirementDocOf,
  requireVersion,
  storedVersionDoc,
  type CatalogScope,
} from './catalogs';
import {
  EMPTY_OSCAL_VIEW,
  linkedId,
  oscalLabel,
  OscalView,
  oscalView,
  type LinkTarget,
} from './oscal-view';

export const Counterpart = z.object({
  direction: z.enum(['earlier', 'later']),
  relation: CrosswalkRelation,
  note: z.string().nullable(),
  catalogCode: z.string(),
  versionId: z.uuid(),
  versionLabel: z.string(),
  code: z.string().nullable(),
  titleJa: z.string().nullable(),
  titleEn: z.string().nullable(),
});

export const RequirementDetail = z.object({
  requirement: Requirement,
  counterparts: z.array(Counterpart),
  ...OscalView.shape,
});

/**
 * The reader's view of an imported node, in one query: the parameters of its ancestors (which its
 * prose may insert) and the requirements its links name, if they are in the version.
 */
async function viewOf(
  tx: Tx,
  versionId: string,
  node: OscalNode,
  parentCode: string | null,
  parents: ReadonlyMap<string, string | null>,
): Promise<OscalView> {
  const ancestors: string[] = [];
  // Stored trees have no loops (the import keeps what is reachable from the top); the guard is cheap.
  for (
    let p = parentCode;
    p !== null && ancestors.length < parents.size;
    p = parents.get(p) ?? null
  ) {
    ancestors.push(p);
  }
  const linked = (node.links ?? []).flatMap((l) => {
    const id = linkedId(l);
    return id !== null && parents.has(id) ? [id] : [];
  });
  const codes = [...new Set([...ancestors, ...linked])];
  const r = schema.requirement;
  const rows =
    codes.length === 0
      ? []
      : await tx
          .select({
            code: r.code,
            titleJa: r.titleJa,
            titleEn: r.titleEn,
            // Only the members used here, not whole nodes with their guidance.
            params: sql`${r.oscal} -> 'params'`.mapWith(r.oscal),
            props: sql`${r.oscal} -> 'props'`.mapWith(r.oscal),
          })
          .from(r)
          .where(and(eq(r.catalogVersionId, versionId), inArray(r.code, codes)));
  const byCode = new Map(rows.map((row) => [row.code, row]));
  // jsonb comes back untyped; it was written from the validated document.
  const scope = ancestors.flatMap((c) => (byCode.get(c)?.params as OscalNode['params']) ?? []);
  const targets = new Map<string, LinkTarget>(
    linked.flatMap((code) => {
      const row = byCode.get(code);
      if (!row) return [];
      const label = oscalLabel(row.props as OscalNode['props']);
      return [[code, { code, label, titleJa: row.titleJa, titleEn: row.titleEn }] as const];
    }),
  );
  try {
    return oscalView(node, scope, targets);
  } catch (error) {
    if (!(error instanceof ParamExpansionLimitError)) throw error;
    throw new DomainError('BAD_REQUEST', 'oscal_expansion_too_large', {
      ja: 'パラメータの挿入で本文が大きくなりすぎるため表示できません。カタログを取り込み直してください',
      en: 'Parameter insertions make this text too large to show; import the catalog again',
    });
  }
}

/** One requirement and where it came from or went to in other versions (by the crosswalks). */
export async function getRequirement(
  tx: Tx,
  versionId: string,
  code: string,
): Promise<z.infer<typeof RequirementDetail>> {
  const [row] = await tx
    .select()
    .from(schema.requirement)
    .where(
      and(eq(schema.requirement.catalogVersionId, versionId), eq(schema.requirement.code, code)),
    );
  if (!row) throw notFound({ ja: '要求事項', en: 'Requirement' });
  const parents = await parentsOf(tx, versionId);
  // jsonb comes back untyped; it was written from the validated document.
  const node = row.oscal as RequirementDoc['oscal'];
  const view = node ? await viewOf(tx, versionId, node, row.parentCode, parents) : EMPTY_OSCAL_VIEW;
  const cw = schema.crosswalk;
  const e = schema.crosswalkEntry;
  // One statement: each link with the other side's version, catalog and requirement title.
  const later = sql<boolean>`${cw.fromVersionId} = ${versionId}`;
  const otherVersionId = sql<string>`case when ${later} then ${cw.toVersionId} else ${cw.fromVersionId} end`;
  const otherCode = sql<string | null>`case when ${later} then ${e.toCode} else ${e.fromCode} end`;
  const other = alias(schema.requirement, 'other_requirement');
  const counterparts = await tx
    .select({
      later,
      relation: e.relation,
      note: e.note,
      catalogCode: schema.catalog.code,
      versionId: schema.catalogVersion.id,
      versionLabel: schema.catalogVersion.label,
      code: otherCode,
      titleJa: other.titleJa,
      titleEn: other.titleEn,
    })
    .from(e)
    .innerJoin(cw, eq(cw.id, e.crosswalkId))
    .innerJoin(schema.catalogVersion, eq(schema.catalogVersion.id, otherVersionId))
    .innerJoin(schema.catalog, eq(schema.catalog.id, schema.catalogVersion.catalogId))
    .leftJoin(other, and(eq(other.catalogVersionId, otherVersionId), eq(other.code, otherCode)))
    .where(
      or(
        and(eq(cw.fromVersionId, versionId), eq(e.fromCode, code)),
        and(eq(cw.toVersionId, versionId), eq(e.toCode, code)),
      ),
    );
  return {
    requirement: presentRequirement(row, depthsIn(parents).get(code) ?? 0),
    counterparts: counterparts.map(({ later: isLater, ...c }) => ({
      ...c,
      direction: isLater ? ('later' as const) : ('earlier' as const),
    })),
    ...view,
  };
}

const Side = z.object({ code: z.string(), titleJa: z.string(), titleEn: z.string() });

export const DiffEntry = z.object({
  kind: DiffKind,
  relation: CrosswalkRelation.nullable(),
  from: z.array(Side),
  to: z.array(Side),
  note: z.string().nullable(),
});
export const VersionDiff = z.object({
  fromVersionId: z.uuid(),
  toVersionId: z.uuid(),
  /** `crosswalk` when a published mapping exists; otherwise matched by code. */
  basis: z.enum(['crosswalk', 'code']),
  counts: z.record(z.string(), z.number()),
  entries: z.array(DiffEntry),
});
export type VersionDiff = z.infer<typeof VersionDiff>;

interface Link {
  fromCode: string | null;
  toCode: string | null;
  relation: CrosswalkRelation;
  note: string | null;
}

/**
 * What changed between two sets of requirements, for a manager to read in a minute: added,
 * removed, changed, split (one old item became several) and merged (several became one), by the
 * crosswalk's links when there are any, else by matching codes.
 */
export function diffRequirementSets(
  olderList: RequirementDoc[],
  newerList: RequirementDoc[],
  links: Link[] | null,
): Pick<VersionDiff, 'basis' | 'counts' | 'entries'> {
  const older = new Map(olderList.map((r) => [r.code, r]));
  const newer = new Map(newerList.map((r) => [r.code, r]));
  // Matched by code, a move (other parent or place) is a change; across a crosswalk codes and
  // places differ by design, so only what the requirement says and carries is compared.
  const olderContent = contentByCode(olderList, !links);
  const newerContent = contentByCode(newerList, !links);
  const same = (from: string | null, to: string | null) => {
    const a = olderContent.get(from ?? '');
    return a !== undefined && a === newerContent.get(to ?? '');
  };
  const side = (map: Map<string, RequirementDoc>, code: string | null) => {
    const r = code ? map.get(code) : undefined;
    return r ? [{ code: r.code, titleJa: r.titleJa, titleEn: r.titleEn }] : [];
  };
  const entries: z.infer<typeof DiffEntry>[] = [];
  if (links) {
    const targetsOf = new Map<string, number>();
    const sourcesOf = new Map<string, number>();
    for (const l of links) {
      if (l.fromCode && l.toCode) {
        targetsOf.set(l.fromCode, (targetsOf.get(l.fromCode) ?? 0) + 1);
        sourcesOf.set(l.toCode, (sourcesOf.get(l.toCode) ?? 0) + 1);
      }
    }
    for (const l of links) {
      const kind =
        l.relation === 'added'
          ? 'added'
          : l.relation === 'removed'
            ? 'removed'
            : (targetsOf.get(l.fromCode ?? '') ?? 0) > 1
              ? 'split'
              : (sourcesOf.get(l.toCode ?? '') ?? 0) > 1
                ? 'merged'
                : l.relation === 'equal' && same(l.fromCode, l.toCode)
                  ? 'unchanged'
                  : 'changed';
      entries.push({
        kind,
        relation: l.relation,
        from: side(older, l.fromCode),
        to: side(newer, l.toCode),
        note: l.note,
      });
    }
  } else {
    for (const code of older.keys()) {
      const n = newer.get(code);
      entries.push({
        kind: !n ? 'removed' : same(code, code) ? 'unchanged' : 'changed',
        relation: null,
        from: side(older, code),
        to: side(newer, n ? code : null),
        note: null,
      });
    }
    for (const code of newer.keys()) {
      if (!older.has(code)) {
        entries.push({
          kind: 'added',
          relation: null,
          from: [],
          to: side(newer, code),
          note: null,
        });
      }
    }
  }
  const counts: Record<string, number> = {};
  for (const e of entries) counts[e.kind] = (counts[e.kind] ?? 0) + 1;
  return { basis: links ? 'crosswalk' : 'code', counts, entries };
}

/** The diff of two stored versions, by their crosswalk when one exists. */
export async function diffVersions(
  tx: Tx,
  fromVersionId: string,
  toVersionId: string,
): Promise<VersionDiff> {
  await requireVersion(tx, fromVersionId);
  await requireVersion(tx, toVersionId);
  const load = (versionId: string) =>
    tx
      .select()
      .from(schema.requirement)
      .where(eq(schema.requirement.catalogVersionId, versionId))
      .orderBy(asc(schema.requirement.position));
  const crosswalk = await findCrosswalk(tx, fromVersionId, toVersionId);
  const links = crosswalk
    ? await tx
        .select()
        .from(schema.crosswalkEntry)
        .where(eq(schema.crosswalkEntry.crosswalkId, crosswalk.id))
    : null;
  return {
    fromVersionId,
    toVersionId,
    ...diffRequirementSets(
      (await load(fromVersionId)).map(requirementDocOf),
      (await load(toVersionId)).map(requirementDocOf),
      links,
    ),
  };
}

/** Each requirement's canonical content (see `canonicalRequirements`), by code. */
function contentByCode(list: RequirementDoc[], withPlacement: boolean): Map<string, string> {
  return new Map(
    canonicalRequirements(list).map(({ code, parentCode, order, ...content }) => [
      String(code),
      JSON.stringify(withPlacement ? { parentCode, order, content } : content),
    ]),
  );
}

/** The version as the format-neutral document (for export), in its stored order. */
export async function exportCatalogVersion(tx: Tx, versionId: string): Promise<CatalogVersionDoc> {
  const version = await requireVersion(tx, versionId);
  const [catalog] = await tx
    .select()
    .from(schema.catalog)
    .where(eq(schema.catalog.id, version.catalogId));
  if (!catalog) throw notFound({ ja: 'ガイドライン', en: 'Catalog' });
  const rows = await tx
    .select()
    .from(schema.requirement)
    .where(eq(schema.requirement.catalogVersionId, versionId))
    .orderBy(asc(schema.requirement.position));
  return storedVersionDoc(catalog, version, rows);
}

/** Publishes or retires a version of the caller's scope (platform operators for platform ones). */
export async function setVersionStatus(
  exec: ExecutionContext,
  scope: CatalogScope,
  versionId: string,
  status: SettableVersionStatus,
): Promise<void> {
  const { tx, actor } = exec;
  const version = await requireVersion(tx, versionId);
  const mine =
    scope.kind === 'platform'
      ? version.organizationId === null
      : version.organizationId === scope.organizationId;
  if (!mine) throw notFound({ ja: 'ガイドラインの版', en: 'Catalog version' });
  if (version.status === status) return;
  if (!versionStatusChangeAllowed(version.status, status)) {
    throw new DomainError('CONFLICT', 'version_retired', {
      ja: '廃止済みの版は再公開できません',
      en: 'A retired version cannot be published again',
    });
  }
  await tx
    .update(schema.catalogVersion)
    .set(
      status === 'published'
        ? { status, publishedAt: actor.now }
        : { status, retiredAt: actor.now },
    )
    .where(eq(schema.catalogVersion.id, versionId));
  await recordAudit(
    exec,
    scope.kind === 'platform' ? scope.auditOrganizationId : scope.organizationId,
    `catalog_version.${status === 'published' ? 'publish' : 'retire'}`,
    { type: 'catalog_version', id: versionId },
    { before: { status: version.status }, after: { status } },
  );
}
