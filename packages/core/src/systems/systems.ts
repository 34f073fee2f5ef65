import { z } from 'zod';
import { and, asc, eq, inArray, type Tx, schema, type ExecutionContext } from '@bunkai/db';
import { ServiceType, SystemCategory } from '@bunkai/model/schemas';
import { recordAudit } from '../audit/record-audit';
import { DomainError, notFound } from '../errors';

export const MedicalSystem = z.object({
  id: z.uuid(),
  organizationId: z.uuid(),
  name: z.string(),
  category: SystemCategory,
  serviceType: ServiceType,
  createdAt: z.date(),
});
export type MedicalSystem = z.infer<typeof MedicalSystem>;

export const SystemFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'システム名を入力してください / Enter the system name')
    .max(200, 'システム名は200文字以内です / The system name is at most 200 characters'),
  category: SystemCategory,
  serviceType: ServiceType,
});
export type SystemFields = z.infer<typeof SystemFields>;

const columns = {
  id: schema.medicalSystem.id,
  organizationId: schema.medicalSystem.organizationId,
  name: schema.medicalSystem.name,
  category: schema.medicalSystem.category,
  serviceType: schema.medicalSystem.serviceType,
  createdAt: schema.medicalSystem.createdAt,
};

export function listSystems(tx: Tx, organizationId: string): Promise<MedicalSystem[]> {
  return tx
    .select(columns)
    .from(schema.medicalSystem)
    .where(eq(schema.medicalSystem.organizationId, organizationId))
    .orderBy(asc(schema.medicalSystem.name));
}

export async function createSystem(
  exec: ExecutionContext,
  organizationId: string,
  fields: SystemFields,
): Promise<MedicalSystem> {
  const { tx } = exec;
  await ensureNameFree(tx, organizationId, fields.name);
  const [system] = await tx
    .insert(schema.medicalSystem)
    .values({ organizationId, ...fields })
    .returning(columns);
  if (!system) throw new Error('system insert returned nothing');
  await recordAudit(
    exec,
    organizationId,
    'system.create',
    { type: 'system', id: system.id },
    {
      after: system,
    },
  );
  return system;
}

export async function updateSystem(
  exec: ExecutionContext,
  organizationId: string,
  systemId: string,
  fields: SystemFields,
): Promise<MedicalSystem> {
  const { tx } = exec;
  const [before] = await findSystems(tx, organizationId, [systemId]);
  if (!before) throw notFound({ ja: 'システム', en: 'System' });
  if (before.name !== fields.name) await ensureNameFree(tx, organizationId, fields.name);
  const [after] = await tx
    .update(schema.medicalSystem)
    .set(fields)
    .where(eq(schema.medicalSystem.id, systemId))
    .returning(columns);
  if (!after) throw notFound({ ja: 'システム', en: 'System' });
  await recordAudit(
    exec,
    organizationId,
    'system.update',
    { type: 'system', id: systemId },
    {
      before,
      after,
    },
  );
  return after;
}

/** The organization's own systems among `ids` (another tenant's ids are simply absent). */
export function findSystems(
  tx: Tx,
  organizationId: string,
  ids: string[],
): Promise<MedicalSystem[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select(columns)
    .from(schema.medicalSystem)
    .where(
      and(
        eq(schema.medicalSystem.organizationId, organizationId),
        inArray(schema.medicalSystem.id, ids),
      ),
    );
}

async function ensureNameFree(tx: Tx, organizationId: string, name: string): Promise<void> {
  const [clash] = await tx
    .select({ id: schema.medicalSystem.id })
    .from(schema.medicalSystem)
    .where(
      and(
        eq(schema.medicalSystem.organizationId, organizationId),
        eq(schema.medicalSystem.name, name),
      ),
    );
  if (clash) {
    throw new DomainError(
      'CONFLICT',
      'duplicate_name',
      { ja: '同じ名前のシステムが既にあります', en: 'A system with this name already exists' },
      'name',
    );
  }
}
