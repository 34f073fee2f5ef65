import { z } from 'zod';
import { and, asc, eq, schema, type Tx } from '@bunkai/db';
import { notFound } from '../errors';
import { CoverageFinding, MatrixOwnerSide, MatrixRowStatus } from '@bunkai/model/schemas';

export const CombinedSystemView = z.object({
  system: z.object({ id: z.uuid(), name: z.string() }),
  matrices: z.array(
    z.object({
      matrixId: z.uuid(),
      workspaceId: z.uuid(),
      vendorName: z.string(),
      catalogLabel: z.string(),
    }),
  ),
  rows: z.array(
    z.object({
      code: z.string(),
      titleJa: z.string(),
      titleEn: z.string(),
      cells: z.array(
        z.object({
          matrixId: z.uuid(),
          ownerSide: MatrixOwnerSide.nullable(),
          status: MatrixRowStatus,
        }),
      ),
      finding: CoverageFinding,
    }),
  ),
  counts: z.record(CoverageFinding, z.number()),
});
export type CombinedSystemView = z.infer<typeof CombinedSystemView>;

/**
 * Where no party carries a requirement or two vendors each claim it alone. A requirement is
 * covered when at least one matrix gives it an owner (hospital, vendor or shared); it is not
 * applicable when every matrix that has it says so; otherwise it is a gap.
 */
export function coverageFinding(owners: (MatrixOwnerSide | null)[]): CoverageFinding {
  if (owners.filter((o) => o === 'vendor').length >= 2) return 'overlap';
  if (owners.some((o) => o === 'hospital' || o === 'vendor' || o === 'shared')) return 'covered';
  if (owners.length > 0 && owners.every((o) => o === 'not_applicable')) return 'not_applicable';
  return 'gap';
}

/** One hospital system across every vendor's matrix for it (hospital side only). */
export async function combinedSystemView(
  tx: Tx,
  hospitalOrganizationId: string,
  systemId: string,
): Promise<CombinedSystemView> {
  const [system] = await tx
    .select({ id: schema.medicalSystem.id, name: schema.medicalSystem.name })
    .from(schema.medicalSystem)
    .where(
      and(
        eq(schema.medicalSystem.id, systemId),
        eq(schema.medicalSystem.organizationId, hospitalOrganizationId),
      ),
    );
  if (!system) throw notFound({ ja: 'システム', en: 'System' });
  const matrices = await tx
    .select({
      matrixId: schema.matrix.id,
      workspaceId: schema.matrix.workspaceId,
      vendorName: schema.organization.name,
      catalogLabel: schema.catalogVersion.label,
    })
    .from(schema.matrix)
    .innerJoin(schema.workspace, eq(schema.workspace.id, schema.matrix.workspaceId))
    .innerJoin(
      schema.organization,
      eq(schema.organization.id, schema.workspace.vendorOrganizationId),
    )
    .innerJoin(schema.catalogVersion, eq(schema.catalogVersion.id, schema.matrix.catalogVersionId))
    .where(
      and(
        eq(schema.matrix.systemId, systemId),
        eq(schema.workspace.hospitalOrganizationId, hospitalOrganizationId),
      ),
    )
    .orderBy(asc(schema.organization.name));
  const cells = await tx
    .select({
      matrixId: schema.matrixRow.matrixId,
      code: schema.matrixRow.requirementCode,
      position: schema.matrixRow.position,
      titleJa: schema.requirement.titleJa,
      titleEn: schema.requirement.titleEn,
      ownerSide: schema.matrixRow.ownerSide,
      status: schema.matrixRow.status,
    })
    .from(schema.matrixRow)
    .innerJoin(schema.matrix, eq(schema.matrix.id, schema.matrixRow.matrixId))
    .innerJoin(schema.workspace, eq(schema.workspace.id, schema.matrix.workspaceId))
    .innerJoin(schema.requirement, eq(schema.requirement.id, schema.matrixRow.requirementId))
    .where(
      and(
        eq(schema.matrix.systemId, systemId),
        eq(schema.workspace.hospitalOrganizationId, hospitalOrganizationId),
      ),
    )
    .orderBy(asc(schema.matrixRow.position), asc(schema.matrixRow.requirementCode));
  const byCode = new Map<string, CombinedSystemView['rows'][number]>();
  for (const cell of cells) {
    const row = byCode.get(cell.code) ?? {
      code: cell.code,
      titleJa: cell.titleJa,
      titleEn: cell.titleEn,
      cells: [],
      finding: 'gap' as const,
    };
    row.cells.push({ matrixId: cell.matrixId, ownerSide: cell.ownerSide, status: cell.status });
    byCode.set(cell.code, row);
  }
  const counts: Record<CoverageFinding, number> = {
    gap: 0,
    overlap: 0,
    covered: 0,
    not_applicable: 0,
  };
  const rows = [...byCode.values()].map((row) => {
    const finding = coverageFinding(row.cells.map((c) => c.ownerSide));
    counts[finding] += 1;
    return { ...row, finding };
  });
  return { system, matrices, rows, counts };
}
