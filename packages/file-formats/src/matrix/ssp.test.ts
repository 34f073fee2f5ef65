import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/oscal_ssp_schema-1.0.0.json' with { type: 'json' };
import { type OscalControl, type OscalGroup, exportCatalogOscal } from '../catalog/oscal';
import { CatalogVersionDoc } from '@bunkai/guidelines';
import { ehrDoc, ehrRows, pacsDoc } from './fixture';
import type { MatrixFileDoc, MatrixFileRow } from './model';
import {
  EmptyMatrixSspError,
  type OscalByComponent,
  type OscalImplementedRequirement,
  type SspCatalogFile,
  deterministicUuid,
  renderMatrixSsp,
  validateOscalSsp,
} from './ssp';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function uuids(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(uuids);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    (key === 'uuid' || key.endsWith('-uuid')) && typeof value === 'string' ? [value] : uuids(value),
  );
}

/** The catalog version a fixture matrix was made from: its chapters as sections above the rows. */
function catalogOf(doc: MatrixFileDoc): CatalogVersionDoc {
  const chapters = new Map<string, string>();
  for (const r of doc.rows) if (r.chapterCode) chapters.set(r.chapterCode, r.chapterTitleJa ?? '');
  return CatalogVersionDoc.parse({
    catalog: { code: doc.catalogCode, titleJa: doc.catalogTitleJa, titleEn: doc.catalogTitleEn },
    version: { label: doc.versionLabel, status: 'published' },
    requirements: [
      ...[...chapters].map(([code, titleJa], order) => ({ code, order, titleJa })),
      ...doc.rows.map((r, order) => ({
        code: r.code,
        parentCode: r.chapterCode,
        order,
        titleJa: r.titleJa,
        textJa: r.textJa,
      })),
    ],
  });
}

function fileOf(json: unknown, fileName = 'role-split-2024_2024.oscal.json'): SspCatalogFile {
  return { fileName, content: new TextEncoder().encode(JSON.stringify(json, null, 2)) };
}

/** The fixture's catalog as the catalog export writes it (with a fixed document uuid). */
function exportedCatalog(doc: MatrixFileDoc) {
  return exportCatalogOscal(catalogOf(doc), {
    uuid: '6f1c1c7e-2b1a-4c3d-9e8f-0a1b2c3d4e5f',
    lastModified: '2025-01-01T00:00:00.000Z',
  });
}

const render = (doc: MatrixFileDoc, seed?: string) =>
  renderMatrixSsp(doc, fileOf(exportedCatalog(doc)), seed === undefined ? {} : { uuidSeed: seed });

function requirement(ssp: ReturnType<typeof render>, code: string): OscalImplementedRequirement {
  const found = ssp['system-security-plan']['control-implementation'][
    'implemented-requirements'
  ].find((r) => r.props?.some((p) => p.name === 'bunkai-code' && p.value === code));
  if (!found) throw new Error(`no requirement ${code}`);
  return found;
}

/** The by-components of a requirement's only statement (or of the control as a whole). */
function parts(r: OscalImplementedRequirement): OscalByComponent[] {
  return r.statements?.[0]?.['by-components'] ?? r['by-components'] ?? [];
}

/** Every control id of a catalog export (groups are not controls). */
function controlIds(node: { groups?: OscalGroup[]; controls?: OscalControl[] }): string[] {
  return [
    ...(node.groups ?? []).flatMap(controlIds),
    ...(node.controls ?? []).flatMap((c) => [c.id, ...controlIds(c)]),
  ];
}

describe('matrix OSCAL SSP', () => {
  it('validates against the official OSCAL 1.0.0 SSP schema, every owner side included', () => {
    expect(new Set(ehrDoc.rows.map((r) => r.ownerSide))).toEqual(
      new Set(['hospital', 'vendor', 'shared', 'not_applicable', null]),
    );
    for (const doc of [ehrDoc, pacsDoc]) {
      const ssp = render(doc, 'matrix-1');
      // Checked here with a plain Ajv as the README asks, and with the package's own checker.
      const ajv = new Ajv({ strict: false, unicodeRegExp: true, allErrors: true });
      addFormats(ajv);
      const validate = ajv.compile(schema);
      expect(validate(ssp), JSON.stringify(validate.errors, null, 2)).toBe(true);
      expect(validateOscalSsp(ssp)).toEqual([]);
      // Through JSON text too, as the API sends it.
      expect(validateOscalSsp(JSON.parse(JSON.stringify(ssp)))).toEqual([]);
    }
  });

  it('reports schema errors with their JSON pointer', () => {
    const ssp = render(ehrDoc);
    const broken = {
      'system-security-plan': { ...ssp['system-security-plan'], uuid: 'not-a-uuid' },
    };
    expect(validateOscalSsp(broken)).toEqual([
      expect.objectContaining({ path: '/system-security-plan/uuid', keyword: 'pattern' }),
    ]);
  });

  it('derives valid, reproducible UUIDs: the same matrix exports the same plan', () => {
    const a = render(ehrDoc, 'matrix-1');
    expect(render(ehrDoc, 'matrix-1')).toEqual(a);
    const ids = uuids(a);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const b = render(ehrDoc, 'matrix-2');
    expect(uuids(b).some((id) => ids.includes(id))).toBe(false);
    // Without a seed the names decide, so the same matrix keeps its UUIDs too.
    expect(render(ehrDoc)).toEqual(render({ ...ehrDoc }));
    expect(deterministicUuid('s', 'p')).toBe(deterministicUuid('s', 'p'));
    expect(deterministicUuid('s', 'p')).not.toBe(deterministicUuid('s', 'q'));
    // The document uuid stays while nothing changes, whenever exported, and changes with content.
    const later = render({ ...ehrDoc, exportedAt: '2026-01-01T00:00:00.000Z' }, 'matrix-1');
    expect(later['system-security-plan'].uuid).toBe(a['system-security-plan'].uuid);
    const edited = render(
      { ...ehrDoc, rows: ehrDoc.rows.map((r, i) => (i === 0 ? { ...r, vendorDuty: '変更' } : r)) },
      'matrix-1',
    );
    expect(edited['system-security-plan'].uuid).not.toBe(a['system-security-plan'].uuid);
    // Dated by the matrix's last change when the caller knows it, not by the export.
    const dated = renderMatrixSsp(ehrDoc, fileOf(exportedCatalog(ehrDoc)), {
      lastModified: new Date('2025-02-28T05:00:00.000Z'),
    });
    expect(dated['system-security-plan'].metadata['last-modified']).toBe(
      '2025-02-28T05:00:00.000Z',
    );
  });

  it('describes the parties, the system, the vendor’s service and its leveraged authorization', () => {
    const { 'system-security-plan': ssp } = render(ehrDoc, 'm');
    expect(ssp.metadata).toMatchObject({
      title: '責任分界表: 電子カルテシステム (地域医療センター病院 × 株式会社メディカルクラウド)',
      'last-modified': '2025-03-15T06:30:00.000Z',
      version: '2024',
      'oscal-version': '1.0.0',
    });
    expect(ssp.metadata.parties.map((p) => [p.type, p.name])).toEqual([
      ['organization', '地域医療センター病院'],
      ['organization', '株式会社メディカルクラウド'],
    ]);
    const characteristics = ssp['system-characteristics'];
    expect(characteristics['system-name']).toBe('電子カルテシステム');
    expect(characteristics['system-information']['information-types'][0]?.title).toBe('医療情報');
    const [system, vendor] = ssp['system-implementation'].components;
    expect(ssp['system-implementation'].components.map((c) => c.type)).toEqual([
      'this-system',
      'service',
    ]);
    const vendorParty = ssp.metadata.parties[1]?.uuid;
    expect(vendor?.['responsible-roles']).toEqual([
      { 'role-id': 'vendor', 'party-uuids': [vendorParty] },
    ]);
    expect(system?.['responsible-roles']?.[0]?.['role-id']).toBe('hospital');
    const [leveraged] = ssp['system-implementation']['leveraged-authorizations'];
    expect(leveraged).toMatchObject({
      'party-uuid': vendorParty,
      // The last agreement on a row the vendor carries: 2-2, confirmed 2025-03-01.
      'date-authorized': '2025-03-01',
    });
    expect(vendor?.props).toContainEqual({
      name: 'leveraged-authorization-uuid',
      value: leveraged?.uuid,
    });
  });

  it('imports a profile that resolves: the catalog export, embedded in the back matter', () => {
    const catalog = exportedCatalog(ehrDoc);
    const file = fileOf(catalog);
    const { 'system-security-plan': ssp } = renderMatrixSsp(ehrDoc, file);
    const href = ssp['import-profile'].href;
    expect(href).toMatch(/^#/);
    const resource = ssp['back-matter'].resources.find((r) => `#${r.uuid}` === href);
    expect(resource?.title).toBe(
      '「医療情報システムの契約における当事者間の役割分担等に関する確認表」2024',
    );
    expect(resource?.rlinks).toEqual([
      { href: 'role-split-2024_2024.oscal.json', 'media-type': 'application/oscal.catalog+json' },
    ]);
    expect(resource?.base64.filename).toBe('role-split-2024_2024.oscal.json');
    const embedded: unknown = JSON.parse(
      Buffer.from(resource?.base64.value ?? '', 'base64').toString('utf8'),
    );
    expect(embedded).toEqual(catalog);
    expect(resource?.props).toContainEqual(
      expect.objectContaining({ name: 'bunkai-version-label', value: '2024' }),
    );
  });

  it('writes control-ids exactly as the catalog export of the same version does', () => {
    const doc: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r) => (r.code === '2-2' ? { ...r, code: 'AC-1(b)/2' } : r)),
    };
    const catalog = exportedCatalog(doc);
    const exported = controlIds(catalog.catalog);
    const written = renderMatrixSsp(doc, fileOf(catalog))['system-security-plan'][
      'control-implementation'
    ]['implemented-requirements'].map((r) => r['control-id']);
    // Every row, the one without an owner (3-2) too; case and escapes as the catalog has them.
    expect(written).toEqual(['_1-1', '_2-1', 'AC-1_lb_r_v2', '_2-3', '_3-1', '_3-2', '_4-1']);
    for (const id of written) expect(exported).toContain(id);
  });

  it('exports no customer responsibility for a row the vendor carries alone', () => {
    const ssp = render(ehrDoc);
    const [, vendorComponent] = ssp['system-security-plan']['system-implementation'].components;
    const [byVendor, bySystem, ...rest] = parts(requirement(ssp, '2-2'));
    expect(rest).toEqual([]);
    expect(byVendor?.['component-uuid']).toBe(vendorComponent?.uuid);
    expect(byVendor?.export?.provided?.[0]?.description).toBe(
      '日次でバックアップを取得し、3世代を遠隔地に保管する。',
    );
    expect(byVendor?.export?.responsibilities).toBeUndefined();
    // The hospital's system inherits what the service provides, and satisfies nothing.
    expect(bySystem?.inherited).toEqual([
      expect.objectContaining({ 'provided-uuid': byVendor?.export?.provided?.[0]?.uuid }),
    ]);
    expect(bySystem?.satisfied).toBeUndefined();
    expect(JSON.stringify(requirement(ssp, '2-2'))).not.toContain('復元テストの結果報告');
  });

  it('exports both parts of a shared row, linked by uuid', () => {
    const ssp = render(ehrDoc);
    const [system, vendor] = ssp['system-security-plan']['system-implementation'].components;
    const shared = requirement(ssp, '1-1');
    expect(shared.props).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'bunkai-owner-side', value: 'shared' }),
        expect.objectContaining({ name: 'bunkai-phase', value: 'pre_contract' }),
        expect.objectContaining({ name: 'bunkai-status', value: 'agreed' }),
      ]),
    );
    const [byVendor, bySystem] = parts(shared);
    const provided = byVendor?.export?.provided?.[0];
    const responsibility = byVendor?.export?.responsibilities?.[0];
    expect(byVendor).toMatchObject({
      'component-uuid': vendor?.uuid,
      description: '役割分担案とサービス仕様書（SLA を含む）を提示する。',
      'implementation-status': { state: 'implemented' },
    });
    expect(provided?.description).toBe('役割分担案とサービス仕様書（SLA を含む）を提示する。');
    expect(responsibility).toMatchObject({
      'provided-uuid': provided?.uuid,
      description: '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
    });
    expect(bySystem).toMatchObject({
      'component-uuid': system?.uuid,
      description: '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
      inherited: [{ 'provided-uuid': provided?.uuid }],
      satisfied: [{ 'responsibility-uuid': responsibility?.uuid }],
    });
  });

  it('exports only the hospital’s implementation of its own rows; others as they stand', () => {
    const ssp = render(ehrDoc);
    const [system] = ssp['system-security-plan']['system-implementation'].components;
    const hospitalOnly = parts(requirement(ssp, '2-1'));
    expect(hospitalOnly).toEqual([
      expect.objectContaining({
        'component-uuid': system?.uuid,
        'implementation-status': { state: 'planned' },
      }),
    ]);
    expect(hospitalOnly[0]?.export ?? hospitalOnly[0]?.inherited).toBeUndefined();
    const notApplicable = parts(requirement(ssp, '2-3'));
    expect(notApplicable).toEqual([
      expect.objectContaining({ 'implementation-status': { state: 'not-applicable' } }),
    ]);
    // A row without an owner yet is still part of the plan, as planned, with nobody responsible.
    const open = requirement(ssp, '3-2');
    expect(open['responsible-roles']).toBeUndefined();
    expect(parts(open)).toEqual([
      expect.objectContaining({
        'component-uuid': system?.uuid,
        'implementation-status': { state: 'planned' },
      }),
    ]);
  });

  it('answers at statement level where the control has a statement', () => {
    const ssp = render(ehrDoc);
    const shared = requirement(ssp, '1-1');
    expect(shared['by-components']).toBeUndefined();
    expect(shared.statements?.map((s) => s['statement-id'])).toEqual(['_1-1_smt']);
    // A requirement without text has no statement: its parts are the control's.
    const doc: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r) => (r.code === '2-1' ? { ...r, textJa: '' } : r)),
    };
    const bare = requirement(render(doc), '2-1');
    expect(bare.statements).toBeUndefined();
    expect(bare['by-components']).toHaveLength(1);
  });

  it('uses the stored statement ids and sets the parameters with assigned values', () => {
    const [first] = ehrRows;
    if (!first) throw new Error('no fixture row');
    const row = (code: string, ownerSide: MatrixFileRow['ownerSide']): MatrixFileRow => ({
      ...first,
      code,
      ownerSide,
    });
    const doc: MatrixFileDoc = {
      ...ehrDoc,
      catalogCode: 'nist-800-53',
      rows: [row('ac-1', 'shared'), row('ac-2', 'vendor')],
    };
    const nist = {
      catalog: {
        uuid: '74c8ba1e-5cd4-4ad1-bbfd-d888e2f6c724',
        metadata: { title: 'SP 800-53', 'last-modified': '2020-01-01T00:00:00Z', version: '5' },
        groups: [
          {
            id: 'ac',
            class: 'family',
            title: 'Access Control',
            controls: [
              {
                id: 'ac-1',
                title: 'Policy and Procedures',
                params: [
                  { id: 'ac-1_prm_1', label: 'personnel', values: ['情報セキュリティ委員会'] },
                  { id: 'ac-1_prm_2', label: 'frequency' },
                ],
                parts: [
                  {
                    id: 'ac-1_smt',
                    name: 'statement',
                    parts: [{ id: 'ac-1_smt.a', name: 'item', prose: 'Develop…' }],
                  },
                  { id: 'ac-1_gdn', name: 'guidance', prose: '…' },
                ],
              },
              { id: 'ac-2', title: 'Account Management' },
            ],
          },
        ],
      },
    };
    const ssp = renderMatrixSsp(doc, fileOf(nist, 'nist-800-53_5.oscal.json'));
    expect(validateOscalSsp(ssp)).toEqual([]);
    const ac1 = requirement(ssp, 'ac-1');
    expect(ac1['control-id']).toBe('ac-1');
    expect(ac1.statements?.map((s) => s['statement-id'])).toEqual(['ac-1_smt']);
    expect(ac1['set-parameters']).toEqual([
      { 'param-id': 'ac-1_prm_1', values: ['情報セキュリティ委員会'] },
    ]);
    const ac2 = requirement(ssp, 'ac-2');
    expect(ac2['set-parameters']).toBeUndefined();
    expect(ac2.statements).toBeUndefined();
    expect(ac2['by-components']?.map((b) => Boolean(b.export))).toEqual([true, false]);
  });

  it('fills empty duties with a placeholder', () => {
    const doc: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r) =>
        r.code === '3-1' ? { ...r, hospitalDuty: '', vendorDuty: ' ' } : r,
      ),
    };
    const [byVendor] = parts(requirement(render(doc), '3-1'));
    expect(byVendor?.description).toBe('事業者の対応は記載されていません。');
    expect(byVendor?.export?.responsibilities?.[0]?.description).toBe(
      '医療機関の対応は記載されていません。',
    );
    expect(validateOscalSsp(render(doc))).toEqual([]);
  });

  it('refuses a matrix without rows, which OSCAL cannot express', () => {
    const empty: MatrixFileDoc = { ...ehrDoc, rows: [] };
    expect(() => render(empty)).toThrow(EmptyMatrixSspError);
  });
});
