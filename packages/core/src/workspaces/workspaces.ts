import { z } from 'zod';
import {
  alias,
  and,
  asc,
  eq,
  inArray,
  or,
  type Tx,
  schema,
  type ExecutionContext,
} from '@bunkai/db';
import { recordAudit, type AuditTarget } from '../audit/record-audit';
import { notFound } from '../errors';
import { ServiceType, SystemCategory, WorkspaceSide } from '@bunkai/model/schemas';

export const WorkspaceSummary = z.object({
  id: z.uuid(),
  /** Which party the caller's organization is. */
  side: WorkspaceSide,
  hospital: z.object({ id: z.uuid(), name: z.string() }),
  vendor: z.object({ id: z.uuid(), name: z.string() }),
  systems: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      category: SystemCategory,
      serviceType: ServiceType,
    }),
  ),
  createdAt: z.date(),
});
export type WorkspaceSummary = z.infer<typeof WorkspaceSummary>;

export interface WorkspaceAccess {
  id: string;
  side: WorkspaceSide;
  hospitalOrganizationId: string;
  vendorOrganizationId: string;
}

const hospitalOrg = alias(schema.organization, 'hospital_org');
const vendorOrg = alias(schema.organization, 'vendor_org');

function partyOf(organizationId: string) {
  return or(
    eq(schema.workspace.hospitalOrganizationId, organizationId),
    eq(schema.workspace.vendorOrganizationId, organizationId),
  );
}

/** The workspace if the organization is one of its two parties; NOT_FOUND otherwise. */
export async function findWorkspace(
  tx: Tx,
  organizationId: string,
  workspaceId: string,
): Promise<WorkspaceAccess> {
  const [row] = await tx
    .select({
      id: schema.workspace.id,
      hospitalOrganizationId: schema.workspace.hospitalOrganizationId,
      vendorOrganizationId: schema.workspace.vendorOrganizationId,
    })
    .from(schema.workspace)
    .where(and(eq(schema.workspace.id, workspaceId), partyOf(organizationId)));
  if (!row) throw notFound({ ja: 'ワークスペース', en: 'Workspace' });
  return { ...row, side: row.hospitalOrganizationId === organizationId ? 'hospital' : 'vendor' };
}

export async function listWorkspaces(
  tx: Tx,
  organizationId: string,
  only?: string,
): Promise<WorkspaceSummary[]> {
  const rows = await tx
    .select({
      id: schema.workspace.id,
      createdAt: schema.workspace.createdAt,
      hospital: { id: hospitalOrg.id, name: hospitalOrg.name },
      vendor: { id: vendorOrg.id, name: vendorOrg.name },
    })
    .from(schema.workspace)
    .innerJoin(hospitalOrg, eq(hospitalOrg.id, schema.workspace.hospitalOrganizationId))
    .innerJoin(vendorOrg, eq(vendorOrg.id, schema.workspace.vendorOrganizationId))
    .where(and(partyOf(organizationId), only ? eq(schema.workspace.id, only) : undefined))
    .orderBy(asc(hospitalOrg.name), asc(vendorOrg.name));
  if (rows.length === 0) return [];
  const systems = await tx
    .select({
      workspaceId: schema.workspaceSystem.workspaceId,
      id: schema.medicalSystem.id,
      name: schema.medicalSystem.name,
      category: schema.medicalSystem.category,
      serviceType: schema.medicalSystem.serviceType,
    })
    .from(schema.workspaceSystem)
    .innerJoin(schema.medicalSystem, eq(schema.medicalSystem.id, schema.workspaceSystem.systemId))
    .where(
      inArray(
        schema.workspaceSystem.workspaceId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(schema.medicalSystem.name));
  return rows.map((row) => ({
    ...row,
    side: row.hospital.id === organizationId ? 'hospital' : 'vendor',
    systems: systems
      .filter((s) => s.workspaceId === row.id)
      .map(({ workspaceId: _w, ...system }) => system),
  }));
}

export async function getWorkspace(
  tx: Tx,
  organizationId: string,
  workspaceId: string,
): Promise<WorkspaceSummary> {
  const [workspace] = await listWorkspaces(tx, organizationId, workspaceId);
  if (!workspace) throw notFound({ ja: 'ワークスペース', en: 'Workspace' });
  return workspace;
}

/**
 * The one workspace of a hospital–vendor pair, created on first use, now also covering
 * `systemIds`. Runs with the vendor organization as context (the accepting side).
 */
export async function addSystemsToWorkspace(
  exec: ExecutionContext,
  pair: { hospitalOrganizationId: string; vendorOrganizationId: string; systemIds: string[] },
): Promise<string> {
  const { tx } = exec;
  const [created] = await tx
    .insert(schema.workspace)
    .values({
      hospitalOrganizationId: pair.hospitalOrganizationId,
      vendorOrganizationId: pair.vendorOrganizationId,
    })
    .onConflictDoNothing()
    .returning({ id: schema.workspace.id });
  const [existing] = created
    ? [created]
    : await tx
        .select({ id: schema.workspace.id })
        .from(schema.workspace)
        .where(
          and(
            eq(schema.workspace.hospitalOrganizationId, pair.hospitalOrganizationId),
            eq(schema.workspace.vendorOrganizationId, pair.vendorOrganizationId),
          ),
        );
  if (!existing) throw new Error('workspace neither created nor found');
  if (pair.systemIds.length > 0) {
    await tx
      .insert(schema.workspaceSystem)
      .values(pair.systemIds.map((systemId) => ({ workspaceId: existing.id, systemId })))
      .onConflictDoNothing();
  }
  const target: AuditTarget = { type: 'workspace', id: existing.id };
  const after = { ...pair, created: Boolean(created) };
  await recordAudit(exec, pair.vendorOrganizationId, 'workspace.join', target, { after });
  await recordAudit(exec, pair.hospitalOrganizationId, 'workspace.join', target, { after });
  return existing.id;
}
