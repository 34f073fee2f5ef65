import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OscalControl, OscalGroup } from '@bunkai/file-formats/catalog';
import { richOscal } from '@bunkai/file-formats/oscal-fixtures';
import { type OscalSspDocument, validateOscalSsp } from '@bunkai/file-formats/matrix';
import { syncBundledCatalogs } from '@bunkai/core';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  connectVendor,
  createTestEnvironment,
  signUpOrganization,
  type SignedUpOrganization,
  type TestEnvironment,
} from '../../testing';

const decode = (file: { contentBase64: string }): unknown =>
  JSON.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8'));

/** Every control id of a catalog export (groups are not controls). */
function controlIds(node: { groups?: OscalGroup[]; controls?: OscalControl[] }): string[] {
  return [
    ...(node.groups ?? []).flatMap(controlIds),
    ...(node.controls ?? []).flatMap((c) => [c.id, ...controlIds(c)]),
  ];
}

const requirementsOf = (ssp: OscalSspDocument) =>
  ssp['system-security-plan']['control-implementation']['implemented-requirements'];

describe.each(testDatabaseModes())('the OSCAL SSP of a matrix on %s', (mode) => {
  let env: TestEnvironment;
  let hospital: SignedUpOrganization;
  let vendor: SignedUpOrganization & { workspaceId: string };
  let systemId: string;
  let versionId: string;
  let matrixId: string;
  let workspaceId: string;

  const exportSsp = (party: SignedUpOrganization, id = matrixId, inWorkspace = workspaceId) =>
    party.client.call((api) =>
      api.matrix.export({ workspaceId: inWorkspace, matrixId: id, format: 'oscal' }),
    );
  /** The hospital imports and publishes `content`, then builds a matrix on it with a new vendor. */
  const matrixOnImportedCatalog = async (
    format: 'json' | 'oscal',
    content: unknown,
    vendorParty: { email: string; organizationName: string },
  ) => {
    const imported = await hospital.client.call((api) =>
      api.catalogs.import({
        format,
        fileName: `${vendorParty.email}.json`,
        contentBase64: Buffer.from(JSON.stringify(content)).toString('base64'),
      }),
    );
    const importedId = imported.ok ? imported.versionId : '';
    await hospital.client.call((api) =>
      api.catalogs.setStatus({ versionId: importedId, status: 'published' }),
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({
        name: vendorParty.organizationName,
        category: 'other',
        serviceType: 'cloud',
      }),
    );
    const connected = await connectVendor(env, hospital, {
      ...vendorParty,
      systemIds: [system.id],
    });
    // The hospital chooses its own catalog; its vendor then reads it through the matrix.
    const created = await hospital.client.call((api) =>
      api.matrix.create({
        workspaceId: connected.workspaceId,
        systemId: system.id,
        catalogVersionId: importedId,
      }),
    );
    return { importedId, vendor: connected, matrixId: created.matrixId };
  };
  const catalogControlIds = async (party: SignedUpOrganization, id: string) => {
    const file = await party.client.call((api) =>
      api.catalogs.export({ versionId: id, format: 'oscal' }),
    );
    return controlIds((decode(file) as { catalog: OscalGroup }).catalog);
  };

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    await syncBundledCatalogs(env.database.db);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '県立みなと病院' },
      'ciso@minato.test',
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({ name: '電子カルテ', category: 'ehr', serviceType: 'cloud' }),
    );
    systemId = system.id;
    vendor = await connectVendor(env, hospital, {
      email: 'security@medsys.test',
      organizationName: '株式会社メドシス',
      displayName: '事業者 花子',
      systemIds: [systemId],
    });
    workspaceId = vendor.workspaceId;
    const catalogs = await hospital.client.call((api) => api.catalogs.list());
    const gl = catalogs.find((c) => c.code === 'mhlw-gl');
    versionId = gl?.versions.find((v) => v.label === '6.0')?.id ?? '';
    ({ matrixId } = await hospital.client.call((api) =>
      api.matrix.create({ workspaceId, systemId, catalogVersionId: versionId }),
    ));
  });
  afterAll(() => env.close());

  it('validates, and every control-id resolves among the catalog export’s control ids', async () => {
    const rows = await hospital.client.call((api) => api.matrix.rows({ workspaceId, matrixId }));
    // One row of each owner side, as a demo matrix has them.
    const [shared, vendorOnly, notApplicable] = rows.filter((r) => r.ownerSide === 'hospital');
    for (const [row, ownerSide] of [
      [shared, 'shared'],
      [vendorOnly, 'vendor'],
      [notApplicable, 'not_applicable'],
    ] as const) {
      if (!row) throw new Error('too few hospital rows');
      await hospital.client.call((api) =>
        api.matrix.updateRows({
          workspaceId,
          matrixId,
          rows: [{ id: row.id, revision: row.revision }],
          changes: { ownerSide, hospitalDuty: '院内規程を定める', vendorDuty: '手順書を提供する' },
        }),
      );
    }
    const known = await catalogControlIds(hospital, versionId);
    for (const party of [hospital, vendor]) {
      const ssp = decode(await exportSsp(party)) as OscalSspDocument;
      expect(validateOscalSsp(ssp)).toEqual([]);
      const requirements = requirementsOf(ssp);
      expect(requirements).toHaveLength(rows.length);
      for (const r of requirements) expect(known).toContain(r['control-id']);
      const byCode = (code: string | undefined) =>
        requirements.find((r) =>
          r.props?.some((p) => p.name === 'bunkai-code' && p.value === code),
        );
      const parts = (code: string | undefined) => {
        const r = byCode(code);
        return r?.statements?.[0]?.['by-components'] ?? r?.['by-components'] ?? [];
      };
      expect(parts(vendorOnly?.code)[0]?.export?.responsibilities).toBeUndefined();
      expect(parts(shared?.code)[0]?.export?.responsibilities).toHaveLength(1);
      expect(parts(notApplicable?.code)[0]?.['implementation-status']?.state).toBe(
        'not-applicable',
      );
      // The imported profile is the catalog version itself, in the back matter.
      const plan = ssp['system-security-plan'];
      const resource = plan['back-matter'].resources.find(
        (r) => `#${r.uuid}` === plan['import-profile'].href,
      );
      expect(resource?.rlinks[0]?.href).toBe('mhlw-gl_6.0.oscal.json');
    }
    // Exported again, unchanged: the same plan, dated by the matrix's last change.
    const plan = async () =>
      (decode(await exportSsp(hospital)) as OscalSspDocument)['system-security-plan'];
    const first = await plan();
    const again = await plan();
    expect(again.uuid).toBe(first.uuid);
    expect(again.metadata['last-modified']).toBe(first.metadata['last-modified']);
    expect(again['control-implementation']).toEqual(first['control-implementation']);
  });

  it('refuses another tenant (404)', async () => {
    const other = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '市立やまて病院' },
      'ciso@yamate.test',
    );
    await expect(exportSsp(other)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const otherVendor = await connectVendor(env, hospital, {
      email: 'ops@netservice.test',
      organizationName: 'ネットサービス株式会社',
      systemIds: [systemId],
    });
    const foreign = otherVendor.client.call((api) =>
      api.matrix.export({ workspaceId: otherVendor.workspaceId, matrixId, format: 'oscal' }),
    );
    await expect(foreign).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('exports the SSP of a matrix on an imported catalog', async () => {
    const catalog = {
      catalog: { code: 'minato-rules', titleJa: 'みなと病院 運用規程', titleEn: 'Minato rules' },
      version: { label: '2026' },
      requirements: [
        { code: 'R-1', order: 0, titleJa: '体制' },
        { code: 'R-1.1', parentCode: 'R-1', order: 0, titleJa: '責任者', textJa: '定める。' },
        { code: 'R-1.2', parentCode: 'R-1', order: 1, titleJa: '委託', defaultOwner: 'vendor' },
        { code: 'R-1.3', parentCode: 'R-1', order: 2, titleJa: '教育', level: '推奨' },
      ],
    };
    const {
      importedId,
      vendor: meal,
      matrixId: mealMatrix,
    } = await matrixOnImportedCatalog('json', catalog, {
      email: 'meal@kyushoku.test',
      organizationName: '給食システム株式会社',
    });
    const file = await exportSsp(hospital, mealMatrix, meal.workspaceId);
    const ssp = decode(file) as OscalSspDocument;
    expect(validateOscalSsp(ssp)).toEqual([]);
    const known = await catalogControlIds(hospital, importedId);
    const requirements = requirementsOf(ssp);
    expect(requirements.length).toBeGreaterThan(0);
    for (const r of requirements) expect(known).toContain(r['control-id']);
    // A row the catalog gives no owner is in the plan, as planned.
    const open = requirements.find((r) => r['control-id'] === 'R-1.3');
    expect(open?.statements ?? open?.['by-components']).toBeDefined();
  });

  it('lets the vendor work a matrix on the hospital’s imported OSCAL catalog, and no one else', async () => {
    const {
      importedId,
      vendor: remote,
      matrixId: remoteMatrix,
    } = await matrixOnImportedCatalog('oscal', richOscal, {
      email: 'rm@hoshu.test',
      organizationName: '保守サービス株式会社',
    });
    // Live controls and enhancements only: the two withdrawn ones and the groups make no row.
    const rows = await remote.client.call((api) =>
      api.matrix.rows({ workspaceId: remote.workspaceId, matrixId: remoteMatrix }),
    );
    expect(rows.map((r) => r.code).sort()).toEqual(
      ['ac-17', 'ac-17.1', 'ac-2', 'au-6', 'si-4'].sort(),
    );
    expect(rows.find((r) => r.code === 'ac-2')?.titleJa).toBe('Account Management');
    const file = await exportSsp(remote, remoteMatrix, remote.workspaceId);
    const ssp = decode(file) as OscalSspDocument;
    expect(validateOscalSsp(ssp)).toEqual([]);
    const known = await catalogControlIds(remote, importedId);
    expect(
      requirementsOf(ssp)
        .map((r) => r['control-id'])
        .sort(),
    ).toEqual(rows.map((r) => r.code).sort());
    for (const r of requirementsOf(ssp)) expect(known).toContain(r['control-id']);
    // The vendor reads the catalog through the matrix; it is not among the vendor's catalogs.
    const listed = await remote.client.call((api) => api.catalogs.list());
    expect(listed.filter((c) => c.private)).toEqual([]);

    // Another hospital the same vendor works for sees nothing of it, and the vendor cannot carry
    // the version into that hospital's workspace.
    const other = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '市立かもめ病院' },
      'ciso@kamome.test',
    );
    const otherSystem = await other.client.call((api) =>
      api.systems.create({ name: '遠隔保守', category: 'other', serviceType: 'on_premise' }),
    );
    await other.client.call((api) =>
      api.invitations.createVendor({ email: remote.email, systemIds: [otherSystem.id] }),
    );
    const mail = await env.sink.waitFor(
      (m) => m.to.includes(remote.email) && m.text.includes('かもめ'),
    );
    const token = /token=([a-z0-9]+)/.exec(mail.text)?.[1] ?? '';
    const second = await remote.client.call((api) =>
      api.invitations.accept({ token, vendor: { organizationId: remote.organizationId } }),
    );
    await expect(
      remote.client.call((api) =>
        api.matrix.create({
          workspaceId: second.workspaceId ?? '',
          systemId: otherSystem.id,
          catalogVersionId: importedId,
        }),
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      other.client.call((api) => api.catalogs.requirements({ versionId: importedId })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      other.client.call((api) => api.catalogs.export({ versionId: importedId, format: 'oscal' })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
