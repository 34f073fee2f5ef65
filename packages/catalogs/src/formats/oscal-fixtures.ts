import type { OscalCatalogDocument, OscalControl, OscalGroup } from './oscal';

/**
 * Hand-written OSCAL catalogs for tests (not copied from NIST): every member Bunkai keeps, a
 * generated catalog of SP 800-53 rev. 5's shape and size, and an attacker's parameters.
 */

const label = (value: string) => ({ name: 'label', value });
const sortId = (value: string) => ({ name: 'sort-id', value });
const withdrawn = { name: 'status', value: 'withdrawn' };

/** Nested groups, params (select/choice, values, constraints), every part kind, withdrawn controls,
 * enhancements and back matter. */
export const richOscal: OscalCatalogDocument = {
  catalog: {
    uuid: '3c1d6f0e-8a52-4b7e-9d11-6a0f2b4c8e01',
    metadata: {
      title: 'Example Hospital Controls',
      published: '2024-04-01T00:00:00+09:00',
      'last-modified': '2024-05-10T12:30:00+09:00',
      version: '2.1',
      'oscal-version': '1.0.0',
      props: [{ name: 'keywords', value: 'hospital' }],
      roles: [{ id: 'creator', title: 'Document Creator' }],
      parties: [
        { uuid: '0f5d3c2a-1b4e-4c6d-8e7f-9a0b1c2d3e4f', type: 'organization', name: 'Example' },
      ],
      'responsible-parties': [
        { 'role-id': 'creator', 'party-uuids': ['0f5d3c2a-1b4e-4c6d-8e7f-9a0b1c2d3e4f'] },
      ],
      remarks: 'Fixture for the OSCAL round trip.',
    },
    groups: [
      {
        id: 'ac',
        class: 'family',
        title: 'Access Control',
        parts: [{ id: 'ac_ovr', name: 'overview', prose: 'Who may use what.' }],
        groups: [
          {
            id: 'ac-rem',
            class: 'subfamily',
            title: 'Remote Access',
            props: [label('AC-R')],
            controls: [
              {
                id: 'ac-17',
                class: 'SP800-53',
                title: 'Remote Access',
                params: [
                  {
                    id: 'ac-17_prm_1',
                    label: 'usage restrictions',
                    guidelines: [{ prose: 'Name each restriction.' }],
                    constraints: [{ description: 'At least one restriction.' }],
                  },
                  {
                    id: 'ac-17_prm_2',
                    select: {
                      'how-many': 'one-or-more',
                      choice: ['VPN', 'dedicated line', '{{ insert: param, ac-17_prm_3 }}'],
                    },
                  },
                  { id: 'ac-17_prm_3', label: 'other means', values: ['remote desktop gateway'] },
                ],
                props: [label('AC-17'), sortId('ac-17')],
                links: [
                  { href: '#ac-2', rel: 'related' },
                  { href: '#res-1', rel: 'reference', text: 'Remote access guide' },
                ],
                parts: [
                  {
                    id: 'ac-17_smt',
                    name: 'statement',
                    parts: [
                      {
                        id: 'ac-17_smt.a',
                        name: 'item',
                        props: [label('a.')],
                        prose:
                          'Establish {{ insert: param, ac-17_prm_1 }} for each type of remote access; and',
                        parts: [
                          {
                            id: 'ac-17_smt.a.1',
                            name: 'item',
                            props: [label('1.')],
                            prose: 'Allow only {{ insert: param, ac-17_prm_2 }}.',
                          },
                        ],
                      },
                      {
                        id: 'ac-17_smt.b',
                        name: 'item',
                        props: [label('b.')],
                        prose: 'Authorize each type of remote access before allowing it.',
                      },
                    ],
                  },
                  { id: 'ac-17_gdn', name: 'guidance', prose: 'Remote access crosses the line.' },
                  {
                    id: 'ac-17_obj',
                    name: 'objective',
                    props: [label('AC-17')],
                    parts: [
                      {
                        id: 'ac-17_obj.a',
                        name: 'objective',
                        props: [label('AC-17a.')],
                        prose: 'usage restrictions are established;',
                      },
                    ],
                  },
                  {
                    id: 'ac-17_asm-examine',
                    name: 'assessment',
                    props: [{ name: 'method', value: 'EXAMINE' }],
                    parts: [
                      {
                        name: 'assessment-objects',
                        prose: 'Access control policy; remote access procedures.',
                      },
                    ],
                  },
                ],
                controls: [
                  {
                    id: 'ac-17.1',
                    class: 'SP800-53-enhancement',
                    title: 'Monitoring and Control',
                    props: [label('AC-17(1)'), sortId('ac-17.01')],
                    parts: [
                      {
                        id: 'ac-17.1_smt',
                        name: 'statement',
                        prose: 'Employ automated mechanisms to monitor remote access.',
                      },
                    ],
                  },
                  {
                    id: 'ac-17.5',
                    class: 'SP800-53-enhancement',
                    title: 'Monitoring for Unauthorized Connections',
                    props: [label('AC-17(5)'), sortId('ac-17.05'), withdrawn],
                    links: [{ href: '#si-4', rel: 'incorporated-into' }],
                  },
                ],
              },
            ],
          },
        ],
        controls: [
          {
            id: 'ac-2',
            class: 'SP800-53',
            title: 'Account Management',
            params: [{ id: 'ac-2_prm_1', label: 'frequency', values: ['annually'] }],
            props: [label('AC-2'), sortId('ac-02')],
            parts: [
              {
                id: 'ac-2_smt',
                name: 'statement',
                prose: 'Review accounts {{ insert: param, ac-2_prm_1 }}.',
              },
            ],
          },
          {
            id: 'ac-13',
            class: 'SP800-53',
            title: 'Supervision and Review — Access Control',
            props: [label('AC-13'), sortId('ac-13'), withdrawn],
            links: [
              { href: '#ac-2', rel: 'incorporated-into' },
              { href: '#au-6', rel: 'incorporated-into' },
            ],
          },
        ],
      },
      {
        id: 'au',
        class: 'family',
        title: 'Audit and Accountability',
        controls: [
          {
            id: 'au-6',
            class: 'SP800-53',
            title: 'Audit Record Review',
            props: [label('AU-6'), sortId('au-06')],
            parts: [{ id: 'au-6_smt', name: 'statement', prose: 'Review audit records.' }],
          },
        ],
      },
    ],
    controls: [
      {
        id: 'si-4',
        title: 'System Monitoring',
        props: [label('SI-4')],
        parts: [{ id: 'si-4_smt', name: 'statement', prose: 'Monitor the system.' }],
      },
    ],
    'back-matter': {
      resources: [
        {
          uuid: '7b2e9c4d-5f6a-4b8c-9d0e-1f2a3b4c5d6e',
          title: 'Remote access guide',
          rlinks: [
            { href: 'https://example.org/remote-access.pdf', 'media-type': 'application/pdf' },
          ],
        },
      ],
    },
  },
};

const FAMILIES = 20;
const CONTROLS_PER_FAMILY = 15;
const ENHANCEMENTS_PER_CONTROL = 3;

function generatedControl(family: string, n: number): OscalControl {
  const id = `${family}-${n}`;
  const enhancements = Array.from({ length: ENHANCEMENTS_PER_CONTROL }, (_, e): OscalControl => {
    const eid = `${id}.${e + 1}`;
    return {
      id: eid,
      class: 'SP800-53-enhancement',
      title: `Enhancement ${e + 1} of ${id.toUpperCase()}`,
      props: [
        label(`${id.toUpperCase()}(${e + 1})`),
        sortId(eid),
        ...(e === 2 && n % 4 === 0 ? [withdrawn] : []),
      ],
      ...(e === 2 && n % 4 === 0
        ? { links: [{ href: `#${id}`, rel: 'incorporated-into' }] }
        : {
            parts: [
              { id: `${eid}_smt`, name: 'statement', prose: `Strengthen ${id} in way ${e + 1}.` },
              { id: `${eid}_gdn`, name: 'guidance', prose: 'Guidance text. '.repeat(20) },
            ],
          }),
    };
  });
  return {
    id,
    class: 'SP800-53',
    title: `Control ${n} of family ${family.toUpperCase()}`,
    params: [
      { id: `${id}_prm_1`, label: 'organization-defined personnel or roles' },
      { id: `${id}_prm_2`, select: { choice: ['organization-level', 'system-level'] } },
    ],
    props: [label(id.toUpperCase()), sortId(id)],
    links: [{ href: `#${family}-1`, rel: 'related' }],
    parts: [
      {
        id: `${id}_smt`,
        name: 'statement',
        parts: ['a', 'b', 'c'].map((l) => ({
          id: `${id}_smt.${l}`,
          name: 'item',
          props: [label(`${l}.`)],
          prose: `Assign ${l} to {{ insert: param, ${id}_prm_1 }} at {{ insert: param, ${id}_prm_2 }} level; ${'and keep records of it '.repeat(4)}`,
        })),
      },
      { id: `${id}_gdn`, name: 'guidance', prose: 'Discussion of the control. '.repeat(80) },
      // SP 800-53A's assessment objectives and methods, as the published rev. 5 catalog has them.
      {
        id: `${id}_obj`,
        name: 'assessment-objective',
        props: [label(id.toUpperCase())],
        parts: ['a', 'b', 'c'].map((l) => ({
          id: `${id}_obj.${l}`,
          name: 'assessment-objective',
          props: [label(`${id.toUpperCase()}${l}.`)],
          prose: `${l} is assigned to {{ insert: param, ${id}_prm_1 }}; ${'records of it are kept '.repeat(4)}`,
        })),
      },
      {
        id: `${id}_asm-examine`,
        name: 'assessment-method',
        props: [{ name: 'method', value: 'EXAMINE' }],
        parts: [
          {
            name: 'assessment-objects',
            prose: 'Policy and procedures; system design documentation; records. '.repeat(6),
          },
        ],
      },
    ],
    controls: enhancements,
  };
}

/** 20 families × 15 controls × (1 + 3 enhancements) = 1,200 controls and enhancements. */
export function generatedSp80053Shape(): OscalCatalogDocument {
  const groups: OscalGroup[] = Array.from({ length: FAMILIES }, (_, f) => {
    const family = `f${String.fromCharCode(97 + f)}`;
    return {
      id: family,
      class: 'family',
      title: `Family ${family.toUpperCase()}`,
      controls: Array.from({ length: CONTROLS_PER_FAMILY }, (_, n) =>
        generatedControl(family, n + 1),
      ),
    };
  });
  return {
    catalog: {
      uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      metadata: {
        title: 'Generated SP 800-53 shaped catalog',
        published: '2020-09-23T00:00:00-04:00',
        'last-modified': '2023-12-04T14:20:20-05:00',
        version: '5.1.1',
        'oscal-version': '1.0.0',
      },
      groups,
    },
  };
}

/**
 * Parameters `p0` … `p3`, each value of one inserting the next, `fan` values each ("billion
 * laughs"): inserting `p0` once would add 5 × 200³ = 40 M characters.
 */
export function insertionBomb(fan = 200): NonNullable<OscalControl['params']> {
  return [0, 1, 2, 3].map((i) => ({
    id: `p${String(i)}`,
    values: Array.from({ length: fan }, () =>
      i < 3 ? `{{ insert: param, p${String(i + 1)} }}` : 'laugh',
    ),
  }));
}
