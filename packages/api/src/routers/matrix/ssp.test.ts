import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OscalControl, OscalGroup } from '@bunkai/catalogs';
import { type OscalSspDocument, validateOscalSsp } from '@bunkai/catalogs/matrix';
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

  const exportSsp = (party: SignedUpOrganization, id = matrixId) =>
    party.client.call((api) => api.matrix.export({ workspaceId, matrixId: id, format: 'oscal' }));
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
    const imported = await hospital.client.call((api) =>
      api.catalogs.import({
        format: 'json',
        fileName: 'minato-rules.json',
        contentBase64: Buffer.from(JSON.stringify(catalog)).toString('base64'),
      }),
    );
    const importedId = imported.ok ? imported.versionId : '';
    await hospital.client.call((api) =>
      api.catalogs.setStatus({ versionId: importedId, status: 'published' }),
    );
    const system = await hospital.client.call((api) =>
      api.systems.create({ name: '給食管理', category: 'departmental', serviceType: 'cloud' }),
    );
    const connected = await connectVendor(env, hospital, {
      email: 'meal@kyushoku.test',
      organizationName: '給食システム株式会社',
      systemIds: [system.id],
    });
    const created = await hospital.client.call((api) =>
      api.matrix.create({
        workspaceId: connected.workspaceId,
        systemId: system.id,
        catalogVersionId: importedId,
      }),
    );
    const file = await hospital.client.call((api) =>
      api.matrix.export({
        workspaceId: connected.workspaceId,
        matrixId: created.matrixId,
        format: 'oscal',
      }),
    );
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
});
