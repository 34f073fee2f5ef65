import { z } from 'zod';
import {
  ROW_STATUS_RULES,
  ROW_STATUSES,
  WORKSPACE_SIDES,
  otherSide,
  summarizeRows,
  type AuditAction,
  type Awaiting,
  type MatrixRowStatus,
  type MatrixSummaryCounts,
  type RowStatusRule,
} from '@bunkai/model';
import {
  alias,
  and,
  asc,
  eq,
  schema,
  selectRows,
  sql,
  type Tx,
  type ExecutionContext,
  type PersonPrincipal,
} from '@bunkai/db';
import { recordAudit, type AuditTarget } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';
import { requireVersion } from '../catalogs/catalogs';
import type { WorkspaceAccess } from '../workspaces/workspaces';
import { currentContentHashes } from './content';
import { MatrixSummary } from './model';

const MATRIX = { ja: '責任分界表', en: 'Matrix' };

export interface MatrixAccess {
  id: string;
  workspace: WorkspaceAccess;
  systemId: string;
  catalogVersionId: string;
}

/** The matrix if it belongs to the caller's workspace; NOT_FOUND otherwise. */
export async function findMatrix(
  tx: Tx,
  workspace: WorkspaceAccess,
  matrixId: string,
): Promise<MatrixAccess> {
  const [row] = await tx
    .select({
      id: schema.matrix.id,
      systemId: schema.matrix.systemId,
      catalogVersionId: schema.matrix.catalogVersionId,
    })
    .from(schema.matrix)
    .where(and(eq(schema.matrix.id, matrixId), eq(schema.matrix.workspaceId, workspace.id)));
  if (!row) throw notFound(MATRIX);
  return { ...row, workspace };
}

/** Both organizations' chains record a matrix mutation: the matrix is theirs together. */
export async function recordMatrixAudit(
  exec: ExecutionContext,
  workspace: WorkspaceAccess,
  action: AuditAction,
  target: AuditTarget,
  change: { before?: unknown; after?: unknown },
): Promise<void> {
  await recordAudit(exec, workspace.hospitalOrganizationId, action, target, change);
  await recordAudit(exec, workspace.vendorOrganizationId, action, target, change);
}

export const CreateMatrixInput = z.object({
  systemId: z.uuid(),
  catalogVersionId: z.uuid(),
});

/**
 * A new matrix for one of the workspace's systems, with a row for every requirement of the
 * version that applies to the hospital's size and the system's service type, starting from the
 * catalog's default owner side.
 * Groups (section headings) and withdrawn requirements get no row.
 */
export async function createMatrix(
  exec: ExecutionContext<PersonPrincipal>,
  workspace: WorkspaceAccess,
  input: z.infer<typeof CreateMatrixInput>,
): Promise<{ matrixId: string; rowCount: number }> {
  const { tx, actor } = exec;
  const [system] = await tx
    .select({ id: schema.workspaceSystem.systemId, serviceType: schema.medicalSystem.serviceType })
    .from(schema.workspaceSystem)
    .innerJoin(schema.medicalSystem, eq(schema.medicalSystem.id, schema.workspaceSystem.systemId))
    .where(
      and(
        eq(schema.workspaceSystem.workspaceId, workspace.id),
        eq(schema.workspaceSystem.systemId, input.systemId),
      ),
    );
  if (!system) throw notFound({ ja: 'システム', en: 'System' });
  const version = await requireVersion(tx, input.catalogVersionId);
  // A vendor may read another hospital's private version through a matrix it shares with that
  // hospital; it must not carry it into this workspace.
  const usable =
    version.organizationId === null || version.organizationId === workspace.hospitalOrganizationId;
  if (!usable) throw notFound({ ja: 'ガイドラインの版', en: 'Catalog version' });
  if (version.status === 'draft') {
    throw new DomainError(
      'BAD_REQUEST',
      'version_not_published',
      {
        ja: '下書きの版からは責任分界表を作れません',
        en: 'A matrix cannot be based on a draft version',
      },
      'catalogVersionId',
    );
  }
  const [hospital] = await tx
    .select({ sizeClass: schema.organization.sizeClass })
    .from(schema.organization)
    .where(eq(schema.organization.id, workspace.hospitalOrganizationId));
  const [created] = await tx
    .insert(schema.matrix)
    .values({
      workspaceId: workspace.id,
      systemId: input.systemId,
      catalogVersionId: version.id,
      createdBy: actor.userId,
      createdAt: actor.now,
    })
    .onConflictDoNothing()
    .returning({ id: schema.matrix.id });
  if (!created) {
    throw new DomainError(
      'CONFLICT',
      'matrix_exists',
      {
        ja: 'このシステムの責任分界表は既にあります',
        en: 'This system already has a matrix in this workspace',
      },
      'systemId',
    );
  }
  const r = schema.requirement;
  const size = hospital?.sizeClass ?? null;
  const inserted = await selectRows<{ id: string }>(
    tx,
    sql`
    insert into ${schema.matrixRow}
      (workspace_id, matrix_id, requirement_id, requirement_code, position, owner_side, phase,
       updated_by, updated_at)
    select ${workspace.id}, ${created.id}, ${r.id}, ${r.code}, ${r.position},
           ${r.defaultOwner}::text::matrix_owner_side, ${r.phase}, ${actor.userId}, ${actor.now.toISOString()}::timestamptz
    from ${r}
    where ${r.catalogVersionId} = ${version.id}
      and ${r.kind} = 'requirement' and not ${r.withdrawn}
      and (cardinality(${r.facilitySizes}) = 0 or ${size}::text = any(${r.facilitySizes}))
      and (cardinality(${r.serviceTypes}) = 0 or ${system.serviceType}::text = any(${r.serviceTypes}))
    returning id`,
  );
  const rowCount = inserted.length;
  await recordMatrixAudit(
    exec,
    workspace,
    'matrix.create',
    { type: 'matrix', id: created.id },
    { after: { systemId: input.systemId, catalogVersionId: version.id, rowCount } },
  );
  return { matrixId: created.id, rowCount };
}

/** Counts by owner side and status, as the summary bar and the exports show them. */
export async function countMatrixRows(
  tx: Tx,
  matrixIds: string[],
): Promise<Map<string, MatrixSummaryCounts>> {
  if (matrixIds.length === 0) return new Map();
  const m = schema.matrixRow;
  const groups = await tx
    .select({
      matrixId: m.matrixId,
      ownerSide: m.ownerSide,
      status: m.status,
      awaiting: awaitingSql(),
      count: sql<number>`count(*)::int`,
    })
    .from(m)
    .where(sql`${m.matrixId} = any(${sql.param(matrixIds)}::uuid[])`)
    .groupBy(m.matrixId, m.ownerSide, m.status, sql`4`);
  const byMatrix = new Map(matrixIds.map((id) => [id, new Array<(typeof groups)[number]>()]));
  for (const group of groups) byMatrix.get(group.matrixId)?.push(group);
  return new Map([...byMatrix].map(([id, rows]) => [id, summarizeRows(rows)]));
}

/** A vocabulary value as an SQL literal (the model's values are lower-case words, not input). */
function literal(value: string) {
  if (!/^[a-z_]+$/.test(value)) throw new Error(`Not a vocabulary value: ${value}`);
  return sql.raw(`'${value}'`);
}

/** `status in (…)` for the statuses whose rule matches, from the model's workflow. */
export function statusWhere(match: (rule: RowStatusRule, status: MatrixRowStatus) => boolean) {
  const statuses = ROW_STATUSES.filter((status) => match(ROW_STATUS_RULES[status], status));
  return statuses.length === 0
    ? sql`false`
    : sql`${schema.matrixRow.status} in (${sql.join(statuses.map(literal), sql`, `)})`;
}

/**
 * Whose move it is (the model's `awaitingOf`, in SQL): a proposal or a dispute waits for the side
 * that did not make it; a draft or a reopened row waits for both; an agreed row for nobody.
 */
export function awaitingSql() {
  const m = schema.matrixRow;
  const waitsForCounterpart = statusWhere((rule) => rule.awaits === 'counterpart');
  return sql<Awaiting>`case
    when ${statusWhere((rule) => rule.awaits === 'nobody')} then 'none'
    ${sql.join(
      WORKSPACE_SIDES.map(
        (side) =>
          sql`when ${waitsForCounterpart} and ${m.lastActionSide} = ${literal(side)} then ${literal(otherSide(side))}`,
      ),
      sql` `,
    )}
    else 'both' end`;
}

const hospitalOrg = alias(schema.organization, 'hospital_org');
const vendorOrg = alias(schema.organization, 'vendor_org');
const hospitalSigner = alias(schema.appUser, 'hospital_signer');
const vendorSigner = alias(schema.appUser, 'vendor_signer');

/** The matrices of a workspace (or one of them), with their counts and signature state. */
export async function listMatrices(
  tx: Tx,
  workspace: WorkspaceAccess,
  only?: string,
): Promise<MatrixSummary[]> {
  const rows = await tx
    .select({
      id: schema.matrix.id,
      workspaceId: schema.matrix.workspaceId,
      createdAt: schema.matrix.createdAt,
      hospital: { id: hospitalOrg.id, name: hospitalOrg.name },
      vendor: { id: vendorOrg.id, name: vendorOrg.name },
      system: {
        id: schema.medicalSystem.id,
        name: schema.medicalSystem.name,
        category: schema.medicalSystem.category,
        serviceType: schema.medicalSystem.serviceType,
      },
      catalog: {
        versionId: schema.catalogVersion.id,
        code: schema.catalog.code,
        titleJa: schema.catalog.titleJa,
        titleEn: schema.catalog.titleEn,
        label: schema.catalogVersion.label,
      },
    })
    .from(schema.matrix)
    .innerJoin(schema.workspace, eq(schema.workspace.id, schema.matrix.workspaceId))
    .innerJoin(hospitalOrg, eq(hospitalOrg.id, schema.workspace.hospitalOrganizationId))
    .innerJoin(vendorOrg, eq(vendorOrg.id, schema.workspace.vendorOrganizationId))
    .innerJoin(schema.medicalSystem, eq(schema.medicalSystem.id, schema.matrix.systemId))
    .innerJoin(schema.catalogVersion, eq(schema.catalogVersion.id, schema.matrix.catalogVersionId))
    .innerJoin(schema.catalog, eq(schema.catalog.id, schema.catalogVersion.catalogId))
    .where(
      and(
        eq(schema.matrix.workspaceId, workspace.id),
        only ? eq(schema.matrix.id, only) : undefined,
      ),
    )
    .orderBy(asc(schema.medicalSystem.name));
  const ids = rows.map((r) => r.id);
  const counts = await countMatrixRows(tx, ids);
  const signed = await latestSignedSnapshots(tx, ids);
  const hashes = signed.size > 0 ? await currentContentHashes(tx, [...signed.keys()]) : new Map();
  return rows.map((row) => {
    const snapshot = signed.get(row.id);
    return MatrixSummary.parse({
      ...row,
      side: workspace.side,
      counts: counts.get(row.id),
      signed: snapshot
        ? { ...snapshot, current: hashes.get(row.id) === snapshot.contentHash }
        : null,
    });
  });
}

export async function getMatrix(
  tx: Tx,
  workspace: WorkspaceAccess,
  matrixId: string,
): Promise<MatrixSummary> {
  const [matrix] = await listMatrices(tx, workspace, matrixId);
  if (!matrix) throw notFound(MATRIX);
  return matrix;
}

async function latestSignedSnapshots(tx: Tx, matrixIds: string[]) {
  const s = schema.matrixSnapshot;
  const rows = await tx
    .selectDistinctOn([s.matrixId], {
      matrixId: s.matrixId,
      snapshotId: s.id,
      contentHash: s.contentHash,
      hospital: { name: hospitalSigner.displayName, at: s.hospitalSignedAt },
      vendor: { name: vendorSigner.displayName, at: s.vendorSignedAt },
    })
    .from(s)
    .innerJoin(hospitalSigner, eq(hospitalSigner.id, s.hospitalSignedBy))
    .innerJoin(vendorSigner, eq(vendorSigner.id, s.vendorSignedBy))
    .where(sql`${s.matrixId} = any(${sql.param(matrixIds)}::uuid[])`)
    .orderBy(s.matrixId, sql`greatest(${s.hospitalSignedAt}, ${s.vendorSignedAt}) desc`);
  return new Map(rows.map((r) => [r.matrixId, r]));
}
