import { describe, expect, it } from 'vitest';
import { ParamExpansionLimitError, type OscalNode, type OscalParam } from '@bunkai/catalogs';
import { insertionBomb } from '@bunkai/catalogs/oscal-fixtures';
import { linkedId, oscalLabel, oscalView, type LinkTarget } from './oscal-view';

describe('oscalLabel', () => {
  it('shows OSCAL’s own label, the unclassed one before NIST’s classed variants', () => {
    expect(
      oscalLabel([
        { name: 'label', value: 'AC-17', class: 'sp800-53a' },
        { name: 'label', value: 'AC-17(1)', ns: 'https://example.jp/ns' },
        { name: 'label', value: 'AC-17' },
      ]),
    ).toBe('AC-17');
    expect(oscalLabel([{ name: 'label', value: 'AC-17', class: 'zero-padded' }])).toBe('AC-17');
  });

  it('has none when only another namespace labels the item', () => {
    expect(oscalLabel([{ name: 'label', value: 'X', ns: 'https://example.jp/ns' }])).toBeNull();
    expect(oscalLabel(undefined)).toBeNull();
  });
});

describe('linkedId', () => {
  it('follows links within the document only', () => {
    expect(linkedId({ href: '#au-6' })).toBe('au-6');
    expect(linkedId({ href: '#' })).toBeNull();
    expect(linkedId({ href: 'https://csrc.nist.gov/' })).toBeNull();
  });
});

describe('oscalView', () => {
  const usage: OscalParam = { id: 'ac-17_prm_1', label: 'usage restrictions' };
  const remote: OscalNode = {
    id: 'ac-17',
    title: 'Remote Access',
    params: [
      {
        id: 'ac-17_prm_2',
        select: { 'how-many': 'one-or-more', choice: ['VPN', '{{ insert: param, ac-17_prm_1 }}'] },
      },
      { id: 'ac-17_prm_3', values: ['30 minutes'], guidelines: [{ prose: 'Per policy.' }] },
    ],
    parts: [
      {
        name: 'statement',
        parts: [
          {
            name: 'item',
            props: [{ name: 'label', value: 'a.' }],
            prose:
              ' Establish {{ insert: param, ac-17_prm_1 }} for {{ insert: param, ac-17_prm_2 }}. ',
          },
          { name: 'item', prose: 'Lock after {{ insert: param, ac-17_prm_3 }}.' },
        ],
      },
      { name: 'guidance', prose: 'Remote access crosses the line.' },
      { name: 'assessment-method', props: [{ name: 'method', value: 'EXAMINE' }], prose: 'Logs.' },
      { name: 'objective', ns: 'https://example.jp/ns', title: 'Local', prose: 'Ours.' },
    ],
    links: [
      { href: '#au-6', rel: 'related' },
      { href: '#gone', rel: 'incorporated-into', text: 'Gone' },
      { href: 'https://example.jp/policy', rel: 'reference-of-ours' },
    ],
  };
  const audit: LinkTarget = { code: 'au-6', label: 'AU-6', titleJa: '監査', titleEn: 'Audit' };
  const view = oscalView(remote, [usage], new Map([['au-6', audit]]));

  it('renders every parameter insertion, with the parameters of the enclosing control in scope', () => {
    const [a, b] = view.statement?.parts ?? [];
    expect(a).toMatchObject({
      label: 'a.',
      prose:
        'Establish [Assignment: usage restrictions] for ' +
        '[Selection (one or more): VPN; [Assignment: usage restrictions]].',
    });
    expect(b?.prose).toBe('Lock after 30 minutes.');
    expect(JSON.stringify(view)).not.toContain('{{');
  });

  it('lists the node’s own parameters with their choices, values and guidelines', () => {
    expect(view.params).toEqual([
      {
        id: 'ac-17_prm_2',
        label: null,
        guidelines: [],
        values: [],
        choices: ['VPN', '[Assignment: usage restrictions]'],
        howMany: 'one-or-more',
      },
      {
        id: 'ac-17_prm_3',
        label: null,
        guidelines: ['Per policy.'],
        values: ['30 minutes'],
        choices: [],
        howMany: null,
      },
    ]);
  });

  it('keeps the statement apart and names the parts readers know, methods as their label', () => {
    expect(view.parts.map((p) => [p.name, p.known, p.label])).toEqual([
      ['guidance', 'guidance', null],
      ['assessment-method', 'assessment-method', 'EXAMINE'],
      ['objective', null, null],
    ]);
  });

  it('resolves links to requirements of the same version and leaves the rest as they are', () => {
    expect(view.links.map((l) => [l.knownRel, l.target?.code ?? null, l.text])).toEqual([
      ['related', 'au-6', null],
      ['incorporated-into', null, 'Gone'],
      [null, null, null],
    ]);
  });

  it('has no statement for a withdrawn control', () => {
    expect(oscalView({ title: 'Withdrawn' }, [], new Map()).statement).toBeNull();
  });

  it('refuses, quickly, a stored node whose insertions would add billions of characters', () => {
    // Within the model's bounds (200 values each), stored before imports measured insertions.
    const bomb: OscalNode = {
      title: 'Bomb',
      params: insertionBomb(),
      parts: [{ name: 'guidance', prose: '{{ insert: param, p0 }}' }],
    };
    const started = performance.now();
    expect(() => oscalView(bomb, [], new Map())).toThrow(ParamExpansionLimitError);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
