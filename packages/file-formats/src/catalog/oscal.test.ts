import { describe, expect, it } from 'vitest';
import schema from '../../schemas/oscal_catalog_schema-1.0.0.json' with { type: 'json' };
import { CatalogVersionDoc } from '@bunkai/guidelines';
import { fixtureDoc, trickyDoc } from './fixture';
import {
  BUNKAI_OSCAL_NS,
  type OscalControl,
  type OscalGroup,
  codeToOscalId,
  exportCatalogOscal,
  importCatalogOscal,
  validateOscalCatalog,
} from './oscal';

const TOKEN = new RegExp(
  (schema.definitions['oscal-catalog-oscal-catalog:control'].properties.id as { pattern: string })
    .pattern,
  'u',
);

/** A hand-written excerpt in the shape of NIST SP 800-53 rev. 5 (groups → controls → enhancements). */
const nist = {
  catalog: {
    uuid: 'e5f0b7a4-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
    metadata: {
      title: 'NIST SP 800-53 Rev 5 (excerpt)',
      published: '2020-09-23T00:00:00.000000-04:00',
      'last-modified': '2023-12-04T14:20:20.000000-05:00',
      version: '5.1.1',
      'oscal-version': '1.0.0',
      remarks: 'Hand-written excerpt for tests.',
    },
    groups: [
      {
        id: 'ac',
        class: 'family',
        title: 'Access Control',
        controls: [
          {
            id: 'ac-1',
            class: 'SP800-53',
            title: 'Policy and Procedures',
            params: [{ id: 'ac-1_prm_1', label: 'organization-defined personnel or roles' }],
            props: [
              { name: 'label', value: 'AC-1' },
              { name: 'sort-id', value: 'ac-01' },
            ],
            parts: [
              {
                id: 'ac-1_smt',
                name: 'statement',
                parts: [
                  {
                    id: 'ac-1_smt.a',
                    name: 'item',
                    props: [{ name: 'label', value: 'a.' }],
                    prose: 'Develop, document, and disseminate to {{ insert: param, ac-1_prm_1 }}:',
                    parts: [
                      {
                        id: 'ac-1_smt.a.1',
                        name: 'item',
                        props: [{ name: 'label', value: '1.' }],
                        prose: 'Organization-level access control policy; and',
                      },
                    ],
                  },
                  {
                    id: 'ac-1_smt.b',
                    name: 'item',
                    props: [{ name: 'label', value: 'b.' }],
                    prose: 'Review and update the current access control policy.',
                  },
                ],
              },
              { id: 'ac-1_gdn', name: 'guidance', prose: 'Access control policy addresses…' },
            ],
          },
          {
            id: 'ac-2',
            class: 'SP800-53',
            title: 'Account Management',
            parts: [
              {
                id: 'ac-2_smt',
                name: 'statement',
                prose: 'Define and document the types of accounts allowed.',
              },
            ],
            controls: [
              {
                id: 'ac-2.1',
                class: 'SP800-53-enhancement',
                title: 'Automated System Account Management',
                props: [{ name: 'label', value: 'AC-2(1)' }],
                parts: [
                  {
                    id: 'ac-2.1_smt',
                    name: 'statement',
                    prose: 'Support the management of system accounts using automated mechanisms.',
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        id: 'au',
        class: 'family',
        title: 'Audit and Accountability',
        controls: [{ id: 'au-1', title: 'Policy and Procedures' }],
      },
    ],
  },
};

function allIds(nodes: readonly (OscalGroup | OscalControl)[]): string[] {
  return nodes.flatMap((n) => [
    ...(n.id === undefined ? [] : [n.id]),
    ...(n.parts ?? []).flatMap((p) => (p.id === undefined ? [] : [p.id])),
    ...allIds(n.controls ?? []),
  ]);
}

describe('OSCAL', () => {
  it('compiles every pattern of the bundled schema as a Unicode regular expression', () => {
    const patterns = new Set<string>();
    const walk = (node: unknown) => {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node !== null && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'pattern' && typeof value === 'string') patterns.add(value);
          else walk(value);
        }
      }
    };
    walk(schema);
    expect(patterns.size).toBeGreaterThan(3);
    for (const p of patterns) expect(() => new RegExp(p, 'u')).not.toThrow();
    expect(TOKEN.test('_1.2_la_r')).toBe(true);
    expect(TOKEN.test('1.2')).toBe(false);
  });

  it('maps codes to OSCAL ids one-to-one', () => {
    expect(codeToOscalId('AC-1')).toBe('AC-1');
    expect(codeToOscalId('1.2(a)')).toBe('_1.2_la_r');
    expect(codeToOscalId('2(a)/x_y')).toBe('_2_la_r_vx__y');
    const codes = ['2(', '2_l', '2__', '2_', 'a/b', 'a_vb', 'x(1)', 'x_l1_r', 'x_l1)'];
    const ids = codes.map(codeToOscalId);
    expect(new Set(ids).size).toBe(codes.length);
    for (const id of ids) expect(TOKEN.test(id)).toBe(true);
  });

  it('round-trips losslessly, as an object and as JSON text', () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      const oscal = exportCatalogOscal(doc);
      expect(importCatalogOscal(oscal)).toEqual({ ok: true, value: doc });
      expect(importCatalogOscal(JSON.stringify(oscal, null, 2))).toEqual({ ok: true, value: doc });
    }
  });

  it('exports documents that validate against the OSCAL 1.0.0 catalog schema', () => {
    for (const doc of [fixtureDoc, trickyDoc]) {
      const oscal = exportCatalogOscal(doc);
      expect(validateOscalCatalog(oscal)).toEqual([]);
      const ids = allIds([...(oscal.catalog.groups ?? []), ...(oscal.catalog.controls ?? [])]);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(TOKEN.test(id)).toBe(true);
    }
    expect(validateOscalCatalog(nist)).toEqual([]);
  });

  it('nests sections as groups and keeps every field in Bunkai props and parts', () => {
    const oscal = exportCatalogOscal(fixtureDoc, {
      lastModified: new Date('2025-01-02T03:04:05Z'),
      uuid: '4a7c1c55-2f5e-4a7e-9b8f-0c8a1d5e6f70',
    });
    const { catalog } = oscal;
    expect(catalog.uuid).toBe('4a7c1c55-2f5e-4a7e-9b8f-0c8a1d5e6f70');
    expect(catalog.metadata).toMatchObject({
      title: '医療情報システムの安全管理に関するガイドライン',
      published: '2023-05-31T00:00:00+09:00',
      'last-modified': '2025-01-02T03:04:05.000Z',
      version: '6.0',
      'oscal-version': '1.0.0',
      remarks: '経営管理編・企画管理編・システム運用編の3編構成。',
    });
    expect(catalog.controls).toBeUndefined();
    const [group] = catalog.groups ?? [];
    expect(group?.id).toBe('G');
    expect(group?.controls?.map((c) => c.id)).toEqual(['G-1', 'G-2']);
    const g2 = group?.controls?.[1];
    expect(g2?.title).toBe('委託先事業者の管理');
    expect(g2?.props).toContainEqual({ name: 'bunkai-code', ns: BUNKAI_OSCAL_NS, value: 'G-2' });
    expect(g2?.props).toContainEqual({
      name: 'bunkai-unconfirmed',
      ns: BUNKAI_OSCAL_NS,
      value: 'true',
    });
    expect(
      g2?.props?.filter((p) => p.name === 'bunkai-service-type').map((p) => [p.ns, p.value]),
    ).toEqual([
      [BUNKAI_OSCAL_NS, 'cloud'],
      [BUNKAI_OSCAL_NS, 'hybrid'],
    ]);
    expect(g2?.parts).toEqual([
      { id: 'G-2_smt', name: 'statement', prose: '委託先の安全管理措置を契約で確認する。' },
      { id: 'G-2_en', name: 'english', ns: BUNKAI_OSCAL_NS, title: 'Managing contracted vendors' },
    ]);
  });

  it('carries values OSCAL props cannot hold JSON-encoded', () => {
    const oscal = exportCatalogOscal(trickyDoc);
    const control = oscal.catalog.groups?.[0]?.controls?.find((c) => c.id === '_2_la_r_vx__y');
    expect(control?.props).toContainEqual({
      name: 'bunkai-level',
      ns: BUNKAI_OSCAL_NS,
      class: 'json',
      value: '"A\\nB"',
    });
  });

  it('imports a NIST-style catalog with parent links and statement text', () => {
    const result = importCatalogOscal(nist);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { catalog, version, requirements } = result.value;
    expect(catalog).toEqual({
      code: 'nist-sp-800-53-rev-5-excerpt',
      titleJa: 'NIST SP 800-53 Rev 5 (excerpt)',
      titleEn: 'NIST SP 800-53 Rev 5 (excerpt)',
    });
    expect(version).toEqual({
      label: '5.1.1',
      status: 'draft',
      effectiveDate: '2020-09-23',
      source: null,
      notes: 'Hand-written excerpt for tests.',
      oscal: {
        uuid: nist.catalog.uuid,
        metadata: nist.catalog.metadata,
        backMatter: null,
      },
    });
    expect(requirements.map((r) => [r.code, r.parentCode, r.order, r.kind])).toEqual([
      ['ac', null, 0, 'group'],
      ['ac-1', 'ac', 0, 'requirement'],
      ['ac-2', 'ac', 1, 'requirement'],
      ['ac-2.1', 'ac-2', 0, 'requirement'],
      ['au', null, 1, 'group'],
      ['au-1', 'au', 0, 'requirement'],
    ]);
    const ac1 = requirements[1];
    expect(ac1?.titleJa).toBe('Policy and Procedures');
    expect(ac1?.titleEn).toBe('Policy and Procedures');
    expect(ac1?.textJa).toBe(
      [
        'a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:',
        '  1. Organization-level access control policy; and',
        'b. Review and update the current access control policy.',
      ].join('\n'),
    );
    expect(ac1?.textEn).toBe(ac1?.textJa);
    expect(requirements[3]?.textJa).toBe(
      'Support the management of system accounts using automated mechanisms.',
    );

    const renamed = importCatalogOscal(nist.catalog, {
      catalog: { code: 'nist-800-53', titleJa: 'NIST SP 800-53 第5版' },
      version: { status: 'published' },
    });
    expect(renamed.ok && [renamed.value.catalog.code, renamed.value.version.status]).toEqual([
      'nist-800-53',
      'published',
    ]);
  });

  it('names the OSCAL id and field, or the JSON path, in import issues', () => {
    const broken = structuredClone(nist);
    const au1 = broken.catalog.groups[1]?.controls[0];
    if (!au1) throw new Error('the excerpt has au-1');
    au1.id = '_au-1';
    const result = importCatalogOscal(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues.map((i) => [i.row, i.column, i.messages.en])).toEqual([
        [null, '_au-1#code', 'A code uses letters, digits and . _ - ( ) /'],
      ]);
    }
    const untitled = structuredClone(nist) as { catalog: { groups: { title?: string }[] } };
    const [ac] = untitled.catalog.groups;
    if (!ac) throw new Error('the excerpt has ac');
    delete ac.title;
    const shape = importCatalogOscal(untitled);
    expect(shape.ok).toBe(false);
    if (!shape.ok) expect(shape.issues.map((i) => i.column)).toEqual(['catalog.groups.0.title']);
  });

  it('exports even a parent loop (as detached controls) and the import reports the loop', () => {
    const looped = CatalogVersionDoc.parse({
      ...fixtureDoc,
      requirements: [
        { code: 'A', parentCode: 'B', order: 0, titleJa: 'a' },
        { code: 'B', parentCode: 'A', order: 0, titleJa: 'b' },
      ],
    });
    const oscal = exportCatalogOscal(looped);
    expect(validateOscalCatalog(oscal)).toEqual([]);
    const result = importCatalogOscal(oscal);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.messages.ja).toMatch(/循環/);
  });

  it('reports schema errors with their JSON pointer', () => {
    const oscal = exportCatalogOscal(fixtureDoc) as unknown as {
      catalog: { groups: { id: string }[]; metadata: Record<string, unknown> };
    };
    const [group] = oscal.catalog.groups;
    if (!group) throw new Error('the fixture exports a group');
    group.id = '1G';
    delete oscal.catalog.metadata.version;
    const errors = validateOscalCatalog(oscal);
    expect(errors.map((e) => [e.path, e.keyword])).toEqual(
      expect.arrayContaining([
        ['/catalog/metadata', 'required'],
        ['/catalog/groups/0/id', 'pattern'],
      ]),
    );
  });
});
