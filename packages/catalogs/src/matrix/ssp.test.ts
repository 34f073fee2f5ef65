import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/oscal_ssp_schema-1.0.0.json' with { type: 'json' };
import { ehrDoc, pacsDoc } from './fixture';
import type { MatrixFileDoc } from './model';
import {
  EmptyMatrixSspError,
  type OscalImplementedRequirement,
  deterministicUuid,
  matrixControlId,
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

function requirement(doc: MatrixFileDoc, code: string): OscalImplementedRequirement {
  const found = renderMatrixSsp(doc)['system-security-plan']['control-implementation'][
    'implemented-requirements'
  ].find((r) => r.props?.some((p) => p.name === 'bunkai-code' && p.value === code));
  if (!found) throw new Error(`no requirement ${code}`);
  return found;
}

describe('matrix OSCAL SSP', () => {
  it('validates against the official OSCAL 1.0.0 SSP schema, every owner side included', () => {
    expect(new Set(ehrDoc.rows.map((r) => r.ownerSide))).toEqual(
      new Set(['hospital', 'vendor', 'shared', 'not_applicable', null]),
    );
    for (const doc of [ehrDoc, pacsDoc]) {
      const ssp = renderMatrixSsp(doc, { uuidSeed: 'matrix-1' });
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
    const ssp = renderMatrixSsp(ehrDoc);
    const broken = {
      'system-security-plan': { ...ssp['system-security-plan'], uuid: 'not-a-uuid' },
    };
    expect(validateOscalSsp(broken)).toEqual([
      expect.objectContaining({ path: '/system-security-plan/uuid', keyword: 'pattern' }),
    ]);
  });

  it('derives valid, reproducible UUIDs from the seed', () => {
    const a = renderMatrixSsp(ehrDoc, { uuidSeed: 'matrix-1' });
    expect(renderMatrixSsp(ehrDoc, { uuidSeed: 'matrix-1' })).toEqual(a);
    const ids = uuids(a);
    expect(ids.length).toBeGreaterThan(20);
    for (const id of ids) expect(id).toMatch(UUID_V4);
    const b = renderMatrixSsp(ehrDoc, { uuidSeed: 'matrix-2' });
    expect(uuids(b).some((id) => ids.includes(id))).toBe(false);
    // Without a seed the names decide, so the same matrix keeps its UUIDs too.
    expect(renderMatrixSsp(ehrDoc)).toEqual(renderMatrixSsp({ ...ehrDoc }));
    expect(deterministicUuid('s', 'p')).toBe(deterministicUuid('s', 'p'));
    expect(deterministicUuid('s', 'p')).not.toBe(deterministicUuid('s', 'q'));
  });

  it('describes the parties, the system and its components', () => {
    const { 'system-security-plan': ssp } = renderMatrixSsp(ehrDoc, { uuidSeed: 'm' });
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
    expect(ssp['import-profile'].href).toBe('urn:bunkai:catalog:role-split-2024:2024');
    const characteristics = ssp['system-characteristics'];
    expect(characteristics['system-name']).toBe('電子カルテシステム');
    expect(characteristics.status.state).toBe('operational');
    expect(characteristics['system-information']['information-types'][0]?.title).toBe('医療情報');
    const [system, vendor, hospital] = ssp['system-implementation'].components;
    expect([system?.type, vendor?.type, hospital?.type]).toEqual([
      'this-system',
      'service',
      'policy',
    ]);
    const vendorParty = ssp.metadata.parties[1]?.uuid;
    expect(vendor?.['responsible-roles']).toEqual([
      { 'role-id': 'vendor', 'party-uuids': [vendorParty] },
    ]);
  });

  it('writes one implemented requirement per row with an owner, by component', () => {
    const { 'system-security-plan': ssp } = renderMatrixSsp(ehrDoc);
    const [, vendorComponent, hospitalComponent] = ssp['system-implementation'].components;
    const requirements = ssp['control-implementation']['implemented-requirements'];
    // 3-2 has no owner yet.
    expect(requirements.map((r) => r['control-id'])).toEqual([
      '_1-1',
      '_2-1',
      '_2-2',
      '_2-3',
      '_3-1',
      '_4-1',
    ]);

    const shared = requirement(ehrDoc, '1-1');
    expect(shared.props).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'bunkai-owner-side', value: 'shared' }),
        expect.objectContaining({ name: 'bunkai-phase', value: 'pre_contract' }),
        expect.objectContaining({ name: 'bunkai-status', value: 'agreed' }),
      ]),
    );
    const [byVendor, byHospital] = shared['by-components'] ?? [];
    expect(byVendor).toMatchObject({
      'component-uuid': vendorComponent?.uuid,
      description: '役割分担案とサービス仕様書（SLA を含む）を提示する。',
      'implementation-status': { state: 'implemented' },
      export: {
        provided: [{ description: '役割分担案とサービス仕様書（SLA を含む）を提示する。' }],
        responsibilities: [
          {
            description: '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
            'provided-uuid': byVendor?.export?.provided?.[0]?.uuid,
          },
        ],
      },
    });
    expect(byHospital).toMatchObject({
      'component-uuid': hospitalComponent?.uuid,
      description: '役割分担案を確認し、院内の責任者（企画管理者）を定める。',
    });

    const hospitalOnly = requirement(ehrDoc, '2-1')['by-components'] ?? [];
    expect(hospitalOnly.map((b) => b['component-uuid'])).toEqual([hospitalComponent?.uuid]);
    expect(hospitalOnly[0]?.['implementation-status']).toEqual({ state: 'planned' });

    const vendorOnly = requirement(ehrDoc, '2-2')['by-components'] ?? [];
    expect(vendorOnly.map((b) => b['component-uuid'])).toEqual([vendorComponent?.uuid]);

    const notApplicable = requirement(ehrDoc, '2-3')['by-components'] ?? [];
    expect(notApplicable[0]?.['implementation-status']).toEqual({ state: 'not-applicable' });
  });

  it('fills empty duties with a placeholder and maps codes to OSCAL tokens', () => {
    const doc: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r) =>
        r.code === '2-2' ? { ...r, code: 'A.1(b)/2', hospitalDuty: '', vendorDuty: ' ' } : r,
      ),
    };
    const [byVendor] = requirement(doc, 'A.1(b)/2')['by-components'] ?? [];
    expect(byVendor?.description).toBe('事業者の対応は記載されていません。');
    expect(byVendor?.export?.responsibilities?.[0]?.description).toBe(
      '医療機関の対応は記載されていません。',
    );
    expect(matrixControlId('A.1(b)/2')).toBe('a.1_lb_r_v2');
    expect(validateOscalSsp(renderMatrixSsp(doc))).toEqual([]);
  });

  it('refuses a matrix with no owner on any row, which OSCAL cannot express', () => {
    const empty: MatrixFileDoc = {
      ...ehrDoc,
      rows: ehrDoc.rows.map((r) => ({ ...r, ownerSide: null })),
    };
    expect(() => renderMatrixSsp(empty)).toThrow(EmptyMatrixSspError);
  });
});
