import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogVersionDoc } from '@bunkai/catalogs/model';
import { saveCatalogVersion } from '@bunkai/core';
import { runAs, selectRows, sql } from '@bunkai/db';
import { testDatabaseModes, type TestDatabase } from '@bunkai/db/testing';
import { appRouter } from './root';
import {
  connectVendor,
  createTestEnvironment,
  type TestEnvironment,
  signUpOrganization,
  TestClient,
  type Caller,
  type SignedUpOrganization,
} from './testing';

/** Another tenant's world, seen from hospital A. */
interface World {
  a: SignedUpOrganization;
  b: SignedUpOrganization;
  bSystemId: string;
  bInvitationId: string;
  bWorkspaceId: string;
  bMatrixId: string;
  bRowId: string;
  /** B's private catalog (its 運用管理規程). */
  bCatalogVersionId: string;
  bVendor: SignedUpOrganization;
  /** Strings that must never appear in anything A is shown. */
  bSecrets: string[];
}

type Access = 'public' | 'authed' | 'organization' | 'workspace';

interface Case {
  access: Access;
  /** A call with another tenant's ids: must answer NOT_FOUND and change nothing. */
  foreign?: (w: World) => unknown;
  /** Why a procedure takes no tenant id (its scope is the caller's own session or token). */
  scope?: string;
}

const system = { name: '侵入テスト', category: 'ehr', serviceType: 'cloud' } as const;

/** B's matrix, plus whatever else the procedure takes. */
function inMatrix(more: (w: World) => object = () => ({})) {
  return (w: World) => ({ workspaceId: w.bWorkspaceId, matrixId: w.bMatrixId, ...more(w) });
}
const bRow = (w: World) => ({ id: w.bRowId, revision: 1 });
const csvFile = {
  format: 'csv',
  fileName: 'matrix.csv',
  contentBase64: Buffer.from('項番,医療機関\r\nB-1,○\r\n').toString('base64'),
};

/**
 * Every procedure of the router, by path. A procedure added without a case here fails the
 * first test below.
 */
const CASES: Record<string, Case> = {
  'service.info': { access: 'public', scope: 'service metadata' },
  'auth.me': { access: 'public', scope: 'own session' },
  'auth.signUp': { access: 'public', scope: 'creates own account' },
  'auth.confirmSignUp': { access: 'public', scope: 'the mailed token creates its own account' },
  'auth.signIn': { access: 'public', scope: 'own credentials' },
  'auth.verifyMfa': { access: 'authed', scope: 'own session' },
  'auth.signOut': { access: 'public', scope: 'own session' },
  'auth.requestPasswordReset': { access: 'public', scope: 'mails the address owner only' },
  'auth.resetPassword': { access: 'public', scope: 'secret token' },
  'account.sessions': { access: 'authed', scope: 'own sessions' },
  'account.signOutOthers': { access: 'authed', scope: 'own sessions' },
  'account.changePassword': { access: 'authed', scope: 'own account' },
  'account.startMfaEnrolment': { access: 'authed', scope: 'own account' },
  'account.confirmMfaEnrolment': { access: 'authed', scope: 'own account' },
  'account.organizations': { access: 'authed', scope: 'own memberships' },
  'account.switchOrganization': {
    access: 'authed',
    foreign: (w) => ({ organizationId: w.b.organizationId }),
  },
  'organization.get': { access: 'organization', scope: 'active organization' },
  'organization.updateSettings': { access: 'organization', scope: 'active organization' },
  'organization.members': { access: 'organization', scope: 'active organization' },
  'organization.changeMemberRole': {
    access: 'organization',
    foreign: (w) => ({ userId: w.b.userId, role: 'viewer' }),
  },
  'organization.removeMember': { access: 'organization', foreign: (w) => ({ userId: w.b.userId }) },
  'organization.auditLog': { access: 'organization', scope: 'active organization' },
  'systems.list': { access: 'organization', scope: 'active organization' },
  'systems.create': { access: 'organization', scope: 'active organization' },
  'systems.update': {
    access: 'organization',
    foreign: (w) => ({ systemId: w.bSystemId, ...system }),
  },
  'invitations.createVendor': {
    access: 'organization',
    foreign: (w) => ({ email: 'x@vendor.test', systemIds: [w.bSystemId] }),
  },
  'invitations.createColleague': { access: 'organization', scope: 'active organization' },
  'invitations.list': { access: 'organization', scope: 'active organization' },
  'invitations.resend': {
    access: 'organization',
    foreign: (w) => ({ invitationId: w.bInvitationId }),
  },
  'invitations.revoke': {
    access: 'organization',
    foreign: (w) => ({ invitationId: w.bInvitationId }),
  },
  'invitations.preview': { access: 'public', scope: 'secret token' },
  'invitations.accept': { access: 'authed', scope: 'secret token, addressed e-mail' },
  'workspaces.list': { access: 'organization', scope: 'active organization' },
  'workspaces.get': { access: 'workspace', foreign: (w) => ({ workspaceId: w.bWorkspaceId }) },
  'catalogs.list': { access: 'organization', scope: 'platform catalogs and own private ones' },
  'catalogs.requirements': {
    access: 'organization',
    foreign: (w) => ({ versionId: w.bCatalogVersionId }),
  },
  'catalogs.requirement': {
    access: 'organization',
    foreign: (w) => ({ versionId: w.bCatalogVersionId, code: 'B-1' }),
  },
  'catalogs.diff': {
    access: 'organization',
    foreign: (w) => ({ fromVersionId: w.bCatalogVersionId, toVersionId: w.bCatalogVersionId }),
  },
  'catalogs.importPreview': { access: 'organization', scope: 'writes nothing; own scope' },
  'catalogs.import': { access: 'organization', scope: 'imports into own scope only' },
  'catalogs.export': {
    access: 'organization',
    foreign: (w) => ({ versionId: w.bCatalogVersionId, format: 'json' }),
  },
  'catalogs.template': { access: 'authed', scope: 'an empty template' },
  'catalogs.setStatus': {
    access: 'organization',
    foreign: (w) => ({ versionId: w.bCatalogVersionId, status: 'retired' }),
  },
  'matrix.list': { access: 'workspace', foreign: (w) => ({ workspaceId: w.bWorkspaceId }) },
  'matrix.participants': { access: 'workspace', foreign: (w) => ({ workspaceId: w.bWorkspaceId }) },
  'matrix.create': {
    access: 'workspace',
    foreign: (w) => ({
      workspaceId: w.bWorkspaceId,
      systemId: w.bSystemId,
      catalogVersionId: w.bCatalogVersionId,
    }),
  },
  'matrix.get': { access: 'workspace', foreign: inMatrix() },
  'matrix.rows': { access: 'workspace', foreign: inMatrix() },
  'matrix.row': { access: 'workspace', foreign: inMatrix((w) => ({ rowId: w.bRowId })) },
  'matrix.updateRows': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ rows: [bRow(w)], changes: { ownerSide: 'vendor' } })),
  },
  'matrix.transition': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ rows: [bRow(w)], action: 'propose' })),
  },
  'matrix.dispute': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ row: bRow(w), comment: '異議' })),
  },
  'matrix.comment': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ rowId: w.bRowId, body: 'こんにちは', mentionUserIds: [] })),
  },
  'matrix.addEvidence': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ row: bRow(w), kind: 'link', title: '根拠', reference: '' })),
  },
  'matrix.removeEvidence': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ row: bRow(w), evidenceId: w.bRowId })),
  },
  'matrix.evidenceFile': { access: 'workspace', foreign: inMatrix((w) => ({ fileId: w.bRowId })) },
  'matrix.sign': { access: 'workspace', foreign: inMatrix() },
  'matrix.snapshots': { access: 'workspace', foreign: inMatrix() },
  'matrix.compareSnapshot': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ snapshotId: w.bRowId })),
  },
  'matrix.exportSnapshot': {
    access: 'workspace',
    foreign: inMatrix((w) => ({ snapshotId: w.bRowId })),
  },
  'matrix.export': { access: 'workspace', foreign: inMatrix(() => ({ format: 'xlsx' })) },
  'matrix.importPreview': { access: 'workspace', foreign: inMatrix(() => csvFile) },
  'matrix.import': { access: 'workspace', foreign: inMatrix(() => csvFile) },
  'matrix.combined': { access: 'organization', foreign: (w) => ({ systemId: w.bSystemId }) },
};

const TENANT_TABLES = [
  'matrix',
  'matrix_row',
  'evidence_file',
  'matrix_row_evidence',
  'matrix_row_event',
  'matrix_comment',
  'matrix_snapshot',
  'catalog',
  'catalog_version',
  'requirement',
  'crosswalk',
  'crosswalk_entry',
  'organization',
  'membership',
  'medical_system',
  'workspace',
  'workspace_system',
  'invitation',
  'audit_event',
];

function procedure(api: Caller, path: string): (input: unknown) => Promise<unknown> {
  let target: unknown = api;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  return target as (input: unknown) => Promise<unknown>;
}

describe('the router walk', () => {
  it('has an isolation case for every procedure, and no stale ones', () => {
    const paths = Object.keys(appRouter._def.procedures).sort();
    expect(paths).toEqual(Object.keys(CASES).sort());
    for (const [path, c] of Object.entries(CASES)) {
      expect(c.foreign ?? c.scope, `${path} needs foreign() or scope`).toBeDefined();
    }
  });
});

describe.each(testDatabaseModes())('tenant isolation on %s', (mode) => {
  let env: TestEnvironment;
  let database: TestDatabase;
  let services: TestEnvironment['services'];
  let world: World;

  /** A digest of every tenant table, read as the owner (outside row-level security). */
  const fingerprint = async () => {
    const parts = [];
    for (const table of TENANT_TABLES) {
      const [row] = await selectRows<{ digest: string | null }>(
        database.db,
        sql.raw(`select md5(string_agg(t::text, '|' order by t::text)) as digest from ${table} t`),
      );
      parts.push(`${table}:${row?.digest ?? ''}`);
    }
    return parts.join('\n');
  };

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    ({ database, services } = env);
    const a = await signUpOrganization(services, { kind: 'hospital', name: 'A病院' }, 'a@a.test');
    const b = await signUpOrganization(services, { kind: 'hospital', name: 'B病院' }, 'b@b.test');
    await a.client.call((api) =>
      api.systems.create({ name: 'A電子カルテ', category: 'ehr', serviceType: 'cloud' }),
    );
    const bSystem = await b.client.call((api) =>
      api.systems.create({ name: 'B秘密システム', category: 'pacs', serviceType: 'on_premise' }),
    );
    const bVendor = await connectVendor(env, b, {
      email: 'v@bvendor.test',
      organizationName: 'B専属ベンダー',
      displayName: 'B業者',
      systemIds: [bSystem.id],
    });
    // A second invitation stays pending, so resend/revoke have a live target.
    const pending = await b.client.call((api) =>
      api.invitations.createVendor({ email: 'w@bvendor.test', systemIds: [bSystem.id] }),
    );
    const { versionId: bCatalogVersionId } = await runAs(
      database.db,
      { kind: 'member', userId: b.userId, organizationId: b.organizationId, role: 'owner' },
      (exec) =>
        saveCatalogVersion(
          exec,
          { kind: 'private', organizationId: b.organizationId },
          CatalogVersionDoc.parse({
            catalog: { code: 'b-rules', titleJa: 'B病院運用管理規程', titleEn: 'B rules' },
            version: {
              label: '2026',
              status: 'published',
              effectiveDate: null,
              source: null,
              notes: null,
            },
            requirements: [
              {
                code: 'B-1',
                parentCode: null,
                order: 0,
                titleJa: 'B秘密規程',
                titleEn: 'B secret rule',
                textJa: '',
                textEn: '',
                audience: [],
                level: '遵守事項',
                facilitySizes: [],
                serviceTypes: [],
                defaultOwner: null,
                phase: null,
                checklistRefs: [],
                unconfirmed: false,
              },
            ],
          }),
        ),
    );
    const bWorkspaceId = bVendor.workspaceId;
    const { matrixId: bMatrixId } = await b.client.call((api) =>
      api.matrix.create({
        workspaceId: bWorkspaceId,
        systemId: bSystem.id,
        catalogVersionId: bCatalogVersionId,
      }),
    );
    const [bRow] = await b.client.call((api) =>
      api.matrix.rows({ workspaceId: bWorkspaceId, matrixId: bMatrixId }),
    );
    world = {
      a,
      b,
      bMatrixId,
      bRowId: bRow?.id ?? '',
      bCatalogVersionId,
      bSystemId: bSystem.id,
      bInvitationId: pending.id,
      bWorkspaceId,
      bVendor,
      bSecrets: [
        b.organizationId,
        bSystem.id,
        bVendor.invitationId,
        pending.id,
        'B秘密システム',
        'B病院',
        'B専属ベンダー',
        'v@bvendor.test',
        bMatrixId,
        bRow?.id ?? 'no-row',
      ],
    };
  });
  afterAll(() => env.close());

  const guarded = Object.entries(CASES).filter(([, c]) => c.access !== 'public');

  it.each(guarded)('%s refuses a caller without a session (UNAUTHORIZED)', async (path, c) => {
    const anonymous = new TestClient(services);
    const call = anonymous.call((api) => procedure(api, path)(c.foreign?.(world)));
    await expect(call).rejects.toMatchObject({ code: 'UNAUTHORIZED' });
  });

  const withForeignIds = Object.entries(CASES).filter(([, c]) => c.foreign);

  it.each(withForeignIds)(
    '%s answers NOT_FOUND for another tenant’s ids and changes nothing',
    async (path, c) => {
      const before = await fingerprint();
      const call = world.a.client.call((api) => procedure(api, path)(c.foreign?.(world)));
      await expect(call).rejects.toBeInstanceOf(TRPCError);
      await expect(call).rejects.toMatchObject({ code: 'NOT_FOUND' });
      expect(await fingerprint()).toBe(before);
    },
  );

  it('shows hospital A nothing of B through any query it can make', async () => {
    const seen = await world.a.client.call(async (api) =>
      JSON.stringify([
        await api.auth.me(),
        await api.account.organizations(),
        await api.organization.get(),
        await api.organization.members(),
        await api.organization.auditLog({ limit: 200 }),
        await api.systems.list(),
        await api.invitations.list(),
        await api.workspaces.list(),
        await api.catalogs.list(),
      ]),
    );
    for (const secret of world.bSecrets) expect(seen).not.toContain(secret);
  });

  it('lets B’s vendor see B’s workspace but not A’s data', async () => {
    const workspaces = await world.bVendor.client.call((api) => api.workspaces.list());
    expect(workspaces.map((w) => w.id)).toEqual([world.bWorkspaceId]);
    expect(JSON.stringify(workspaces)).not.toContain('A電子カルテ');
  });
});
