import { randomBytes } from 'node:crypto';
import { createUser, hashPassword } from '@bunkai/auth';
import {
  PLATFORM_ORGANIZATION_ID,
  addPlatformOperator,
  platformJob,
  addSystemsToWorkspace,
  createOrganization,
  createMatrix,
  createSystem,
  disputeMatrixRow,
  listMatrixRows,
  recordAudit,
  transitionMatrixRows,
  type WorkspaceAccess,
  type NewOrganization,
  type SystemFields,
} from '@bunkai/core';
import {
  and,
  eq,
  runAs,
  schema,
  type Db,
  type ExecutionContext,
  type MemberPrincipal,
} from '@bunkai/db';
import {
  MEMBERSHIP_ROLES,
  type HospitalAudience,
  type HospitalSizeClass,
  type MembershipRole,
} from '@bunkai/model';

export interface DemoLogin {
  organization: string;
  role: MembershipRole | 'platform_operator';
  email: string;
  password: string;
}

interface DemoOrganization {
  key: string;
  kind: NewOrganization['kind'];
  name: string;
  sizeClass?: HospitalSizeClass;
  systems?: SystemFields[];
}

// Fictional regional network (demo content, not real institutions).
const ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'minato',
    kind: 'hospital',
    name: '市立みなと総合病院（デモ）',
    sizeClass: 'large_hospital',
    systems: [
      { name: '電子カルテシステム', category: 'ehr', serviceType: 'on_premise' },
      { name: '医用画像管理システム（PACS）', category: 'pacs', serviceType: 'hybrid' },
      {
        name: '院内ネットワーク・リモート保守回線',
        category: 'network',
        serviceType: 'on_premise',
      },
    ],
  },
  {
    key: 'kitahama',
    kind: 'hospital',
    name: '北浜記念病院（デモ）',
    sizeClass: 'medium_hospital',
    systems: [
      { name: 'クラウド型電子カルテ', category: 'ehr', serviceType: 'cloud' },
      { name: '医事会計システム', category: 'accounting', serviceType: 'on_premise' },
    ],
  },
  {
    key: 'aoba',
    kind: 'hospital',
    name: '青葉町クリニック（デモ）',
    sizeClass: 'clinic',
    systems: [{ name: 'クラウド型電子カルテ', category: 'ehr', serviceType: 'cloud' }],
  },
  { key: 'medsys', kind: 'vendor', name: '株式会社メディカルシステムズ（デモ）' },
  { key: 'toto-imaging', kind: 'vendor', name: '東都画像ソリューションズ株式会社（デモ）' },
  { key: 'netservice', kind: 'vendor', name: 'みなとネットサービス株式会社（デモ）' },
  { key: 'network', kind: 'coordinator', name: 'みなと地域医療連携ネットワーク事務局（デモ）' },
];

/** Which vendor looks after which hospital systems (by system name). */
const WORKSPACES: { hospital: string; vendor: string; systems: string[] }[] = [
  { hospital: 'minato', vendor: 'medsys', systems: ['電子カルテシステム'] },
  { hospital: 'minato', vendor: 'toto-imaging', systems: ['医用画像管理システム（PACS）'] },
  // The EHR has two vendors: the combined view shows where their matrices leave gaps or overlap.
  {
    hospital: 'minato',
    vendor: 'netservice',
    systems: ['院内ネットワーク・リモート保守回線', '電子カルテシステム'],
  },
  { hospital: 'kitahama', vendor: 'medsys', systems: ['クラウド型電子カルテ', '医事会計システム'] },
  { hospital: 'aoba', vendor: 'medsys', systems: ['クラウド型電子カルテ'] },
];

const AUDIENCE: Record<MembershipRole, HospitalAudience> = {
  owner: 'management',
  admin: 'admin',
  member: 'staff',
  viewer: 'staff',
};

/**
 * On an empty database, creates a demo regional network: 3 hospitals, 3 vendors, a coordinator,
 * a user per role in each and a platform operator, all sharing one random password. One job, in
 * one transaction, acting as each organization's owner in turn.
 */
export async function seedDemoNetworkIfEmpty(db: Db): Promise<DemoLogin[]> {
  const seeder = platformJob('demo-seed');
  const anyone = await runAs(db, seeder, ({ tx }) => tx.$count(schema.appUser));
  if (anyone > 0) return [];
  const password = `demo-${randomBytes(6).toString('base64url')}`;
  const passwordHash = await hashPassword(password);
  const logins: DemoLogin[] = [];
  await runAs(db, seeder, async (seed) => {
    const { tx } = seed;
    const operator = await createUser(tx, {
      email: 'operator@demo.bunkai.example',
      displayName: 'プラットフォーム運用者',
      passwordHash,
    });
    await addPlatformOperator(tx, operator.id);
    // Demo only, like the demo organizations below: the operator can try publishing without an
    // authenticator app.
    await tx
      .update(schema.organization)
      .set({ requireMfaForAdmins: false })
      .where(eq(schema.organization.id, PLATFORM_ORGANIZATION_ID));
    logins.push({ organization: '—', role: 'platform_operator', email: operator.email, password });

    const orgIds = new Map<string, string>();
    const owners = new Map<string, string>();
    const systemIds = new Map<string, string>();
    for (const spec of ORGANIZATIONS) {
      const users = new Map<MembershipRole, string>();
      for (const role of MEMBERSHIP_ROLES) {
        const user = await createUser(tx, {
          email: `${spec.key}.${role}@demo.bunkai.example`,
          displayName: `${spec.name.replace('（デモ）', '')} ${role}`,
          passwordHash,
        });
        users.set(role, user.id);
        logins.push({ organization: spec.name, role, email: user.email, password });
      }
      const ownerId = must(users, 'owner');
      const organization = await seed.actAs({ kind: 'user', userId: ownerId }, async (founder) => {
        const created = await createOrganization(founder, {
          kind: spec.kind,
          name: spec.name,
          sizeClass: spec.sizeClass ?? null,
          ownerUserId: ownerId,
        });
        // Demo logins should work without an authenticator app; real organizations keep MFA on.
        await founder.tx
          .update(schema.organization)
          .set({ requireMfaForAdmins: false })
          .where(eq(schema.organization.id, created.id));
        for (const role of MEMBERSHIP_ROLES.slice(1)) {
          await addMember(founder, created.id, spec, role, must(users, role));
        }
        for (const system of spec.systems ?? []) {
          const { id } = await createSystem(founder, created.id, system);
          systemIds.set(`${spec.key}/${system.name}`, id);
        }
        return created;
      });
      orgIds.set(spec.key, organization.id);
      owners.set(spec.key, ownerId);
    }
    const workspaceIds = new Map<string, string>();
    for (const link of WORKSPACES) {
      const vendorId = must(orgIds, link.vendor);
      const workspaceId = await seed.actAs(owner(must(owners, link.vendor), vendorId), (vendor) =>
        addSystemsToWorkspace(vendor, {
          hospitalOrganizationId: must(orgIds, link.hospital),
          vendorOrganizationId: vendorId,
          systemIds: link.systems.map((name) => must(systemIds, `${link.hospital}/${name}`)),
        }),
      );
      workspaceIds.set(`${link.hospital}/${link.vendor}`, workspaceId);
    }
    for (const spec of DEMO_MATRICES) {
      const workspace = {
        id: must(workspaceIds, `${spec.hospital}/${spec.vendor}`),
        hospitalOrganizationId: must(orgIds, spec.hospital),
        vendorOrganizationId: must(orgIds, spec.vendor),
      };
      await seedMatrix(seed, {
        ...spec,
        workspace,
        systemId: must(systemIds, `${spec.hospital}/${spec.system}`),
        hospitalOwner: must(owners, spec.hospital),
        vendorOwner: must(owners, spec.vendor),
      });
    }
  });
  return logins;
}

/**
 * Matrices already under way, so the grid, the workflow and the combined view have something to
 * show. Other workspaces start without one: creating a matrix is part of trying the product.
 */
const DEMO_MATRICES: {
  hospital: string;
  vendor: string;
  system: string;
  proposeByHospital: number;
  agreeByVendor: number;
  dispute: string | null;
}[] = [
  {
    hospital: 'minato',
    vendor: 'medsys',
    system: '電子カルテシステム',
    proposeByHospital: 12,
    agreeByVendor: 8,
    dispute: '当社はリモート保守回線の監視のみ担当します。院内端末の対策は病院側でお願いします。',
  },
  {
    hospital: 'minato',
    vendor: 'netservice',
    system: '電子カルテシステム',
    proposeByHospital: 0,
    agreeByVendor: 0,
    dispute: null,
  },
];

async function seedMatrix(
  seed: ExecutionContext,
  spec: (typeof DEMO_MATRICES)[number] & {
    workspace: Omit<WorkspaceAccess, 'side'>;
    systemId: string;
    hospitalOwner: string;
    vendorOwner: string;
  },
): Promise<void> {
  const asHospital = { ...spec.workspace, side: 'hospital' as const };
  const asVendor = { ...spec.workspace, side: 'vendor' as const };
  const hospitalSide = owner(spec.hospitalOwner, spec.workspace.hospitalOrganizationId);
  const proposed = await seed.actAs(hospitalSide, async (hospital) => {
    const [version] = await hospital.tx
      .select({ id: schema.catalogVersion.id })
      .from(schema.catalogVersion)
      .innerJoin(schema.catalog, eq(schema.catalog.id, schema.catalogVersion.catalogId))
      .where(and(eq(schema.catalog.code, 'mhlw-gl'), eq(schema.catalogVersion.label, '6.0')));
    if (!version) return null;
    const { matrixId } = await createMatrix(hospital, asHospital, {
      systemId: spec.systemId,
      catalogVersionId: version.id,
    });
    const matrix = {
      id: matrixId,
      workspace: asHospital,
      systemId: spec.systemId,
      catalogVersionId: version.id,
    };
    const owned = (await listMatrixRows(hospital.tx, matrix)).filter(
      (row) => row.ownerSide !== null,
    );
    const rows = await transitionMatrixRows(
      hospital,
      matrix,
      owned.slice(0, spec.proposeByHospital),
      'propose',
    );
    return { matrix, rows };
  });
  if (!proposed || proposed.rows.length === 0) return;
  const vendorSide = owner(spec.vendorOwner, spec.workspace.vendorOrganizationId);
  await seed.actAs(vendorSide, async (vendor) => {
    const vendorMatrix = { ...proposed.matrix, workspace: asVendor };
    await transitionMatrixRows(
      vendor,
      vendorMatrix,
      proposed.rows.slice(0, spec.agreeByVendor),
      'agree',
    );
    const contested = proposed.rows[spec.agreeByVendor];
    if (spec.dispute && contested) {
      await disputeMatrixRow(vendor, vendorMatrix, contested, spec.dispute);
    }
  });
}

/** An organization's owner, acting in it. */
function owner(userId: string, organizationId: string): MemberPrincipal {
  return { kind: 'member', userId, organizationId, role: 'owner' };
}

async function addMember(
  founder: ExecutionContext,
  organizationId: string,
  spec: DemoOrganization,
  role: MembershipRole,
  userId: string,
): Promise<void> {
  const audience = spec.kind === 'hospital' ? AUDIENCE[role] : null;
  await founder.tx.insert(schema.membership).values({ organizationId, userId, role, audience });
  await recordAudit(
    founder,
    organizationId,
    'member.join',
    { type: 'user', id: userId },
    {
      after: { role, audience },
    },
  );
}

function must<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo seed: ${String(key)} missing`);
  return value;
}
