import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { richOscal } from '@bunkai/file-formats/oscal-fixtures';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  createTestEnvironment,
  signUpOrganization,
  type SignedUpOrganization,
  type TestEnvironment,
} from '../../testing';

describe.each(testDatabaseModes())('the detail of an imported OSCAL control on %s', (mode) => {
  let env: TestEnvironment;
  let hospital: SignedUpOrganization;
  let other: SignedUpOrganization;
  let versionId: string;

  const detail = (party: SignedUpOrganization, code: string) =>
    party.client.call((api) => api.catalogs.requirement({ versionId, code }));

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '県立みなと病院' },
      'ciso@minato.test',
    );
    other = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '北浜クリニック' },
      'admin@kitahama.test',
    );
    const imported = await hospital.client.call((api) =>
      api.catalogs.import({
        format: 'oscal',
        fileName: 'controls.oscal.json',
        contentBase64: Buffer.from(JSON.stringify(richOscal)).toString('base64'),
      }),
    );
    if (!imported.ok) throw new Error(JSON.stringify(imported.issues));
    versionId = imported.versionId;
  });
  afterAll(() => env.close());

  it('gives the label, parameters, statement tree and guidance with placeholders rendered', async () => {
    const { requirement, params, statement, parts, links } = await detail(hospital, 'ac-17');
    expect(requirement).toMatchObject({ label: 'AC-17', kind: 'requirement', withdrawn: false });
    expect(params).toEqual([
      {
        id: 'ac-17_prm_1',
        label: 'usage restrictions',
        guidelines: ['Name each restriction.'],
        values: [],
        choices: [],
        howMany: null,
      },
      {
        id: 'ac-17_prm_2',
        label: null,
        guidelines: [],
        values: [],
        choices: ['VPN', 'dedicated line', 'remote desktop gateway'],
        howMany: 'one-or-more',
      },
      {
        id: 'ac-17_prm_3',
        label: 'other means',
        guidelines: [],
        values: ['remote desktop gateway'],
        choices: [],
        howMany: null,
      },
    ]);
    const [a, b] = statement?.parts ?? [];
    expect(a).toMatchObject({
      known: 'item',
      label: 'a.',
      prose: 'Establish [Assignment: usage restrictions] for each type of remote access; and',
    });
    expect(a?.parts[0]).toMatchObject({
      label: '1.',
      prose: 'Allow only [Selection (one or more): VPN; dedicated line; remote desktop gateway].',
    });
    expect(b).toMatchObject({ label: 'b.' });
    expect(parts.map((p) => p.known)).toEqual(['guidance', 'objective', 'assessment']);
    expect(parts[0]).toMatchObject({ prose: 'Remote access crosses the line.', parts: [] });
    expect(parts[1]?.parts[0]).toMatchObject({ known: 'objective', label: 'AC-17a.' });
    expect(parts[2]).toMatchObject({ label: 'EXAMINE' });
    expect(parts[2]?.parts[0]).toMatchObject({ known: 'assessment-objects' });
    expect(links).toEqual([
      {
        rel: 'related',
        knownRel: 'related',
        href: '#ac-2',
        text: null,
        target: {
          code: 'ac-2',
          label: 'AC-2',
          titleJa: 'Account Management',
          titleEn: 'Account Management',
        },
      },
      // A back-matter resource is no requirement.
      {
        rel: 'reference',
        knownRel: 'reference',
        href: '#res-1',
        text: 'Remote access guide',
        target: null,
      },
    ]);
  });

  it('renders no placeholder raw in any text of the list', async () => {
    const page = await hospital.client.call((api) =>
      api.catalogs.requirements({ versionId, limit: 500 }),
    );
    expect(page.items.length).toBeGreaterThan(5);
    for (const item of page.items) {
      for (const text of [item.titleJa, item.titleEn, item.textJa, item.textEn]) {
        expect(text).not.toMatch(/\{\{/);
      }
    }
    expect(page.items.find((i) => i.code === 'ac-2')?.textEn).toBe('Review accounts annually.');
    expect(page.items.find((i) => i.code === 'ac')).toMatchObject({ kind: 'group', label: null });
  });

  it('flags a withdrawn control with the controls it was incorporated into', async () => {
    const { requirement, statement, links } = await detail(hospital, 'ac-13');
    expect(requirement).toMatchObject({ label: 'AC-13', withdrawn: true, textEn: '' });
    expect(statement).toBeNull();
    expect(links.map((l) => [l.knownRel, l.target?.code, l.target?.label])).toEqual([
      ['incorporated-into', 'ac-2', 'AC-2'],
      ['incorporated-into', 'au-6', 'AU-6'],
    ]);
    // An enhancement inserts its control's parameters; its successor is a top-level control.
    const enhancement = await detail(hospital, 'ac-17.5');
    expect(enhancement.requirement).toMatchObject({ label: 'AC-17(5)', withdrawn: true });
    expect(enhancement.links[0]?.target).toMatchObject({ code: 'si-4', label: 'SI-4' });
  });

  it('answers NOT_FOUND to another organization for the private version', async () => {
    await expect(detail(other, 'ac-17')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      other.client.call((api) => api.catalogs.requirements({ versionId })),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
