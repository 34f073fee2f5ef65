import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncBundledCatalogs } from '@bunkai/core';
import { testDatabaseModes } from '@bunkai/db/testing';
import {
  createTestEnvironment,
  signUpOrganization,
  type SignedUpOrganization,
  type TestEnvironment,
} from '../../testing';

describe.each(testDatabaseModes())('guideline catalogs on %s', (mode) => {
  let env: TestEnvironment;
  let hospital: SignedUpOrganization;

  beforeAll(async () => {
    env = await createTestEnvironment(mode);
    await syncBundledCatalogs(env.database.db);
    hospital = await signUpOrganization(
      env.services,
      { kind: 'hospital', name: '閲覧病院' },
      'reader@hospital.test',
    );
  });
  afterAll(() => env.close());

  const versionId = async (catalog: string, label: string) => {
    const catalogs = await hospital.client.call((api) => api.catalogs.list());
    const version = catalogs
      .find((c) => c.code === catalog)
      ?.versions.find((v) => v.label === label);
    if (!version) throw new Error(`${catalog} ${label} not listed`);
    return version.id;
  };

  it('loads the bundled catalogs once: a second start writes nothing', async () => {
    const again = await syncBundledCatalogs(env.database.db);
    expect(again).toEqual({ created: 0, replaced: 0, kept: [] });
    const catalogs = await hospital.client.call((api) => api.catalogs.list());
    expect(catalogs.map((c) => c.code)).toEqual(
      expect.arrayContaining([
        'mhlw-gl',
        'meti-mic-gl',
        'mhlw-checklist-hospital',
        'role-split-2024',
      ]),
    );
    const gl = catalogs.find((c) => c.code === 'mhlw-gl');
    expect(gl?.versions.map((v) => v.label)).toEqual(['6.0', '5.2']);
    expect(gl?.versions[0]?.unconfirmedCount).toBeGreaterThan(0);
  });

  it('browses 6.0 as a tree in document order, searches in Japanese and filters', async () => {
    const v60 = await versionId('mhlw-gl', '6.0');
    const page = await hospital.client.call((api) =>
      api.catalogs.requirements({ versionId: v60, limit: 500 }),
    );
    expect(page.total).toBe(page.items.length);
    expect(page.items[0]?.depth).toBe(0);
    // Every child comes after its parent.
    const seen = new Set<string>();
    for (const item of page.items) {
      if (item.parentCode) expect(seen.has(item.parentCode), item.code).toBe(true);
      seen.add(item.code);
    }
    const found = await hospital.client.call((api) =>
      api.catalogs.requirements({ versionId: v60, search: '非常時' }),
    );
    expect(found.items.map((r) => r.code)).toContain('MHLW6-KK-04');
    const management = await hospital.client.call((api) =>
      api.catalogs.requirements({ versionId: v60, audience: 'management' }),
    );
    expect(management.items.length).toBeGreaterThan(0);
    expect(management.items.every((r) => r.audience.includes('management'))).toBe(true);
    const paged = await hospital.client.call((api) =>
      api.catalogs.requirements({ versionId: v60, limit: 10 }),
    );
    expect(paged.items).toHaveLength(10);
    expect(paged.nextOffset).toBe(10);
  });

  it('shows where a 5.2 item went in 6.0, and the diff of the two versions', async () => {
    const [v52, v60] = [await versionId('mhlw-gl', '5.2'), await versionId('mhlw-gl', '6.0')];
    const diff = await hospital.client.call((api) =>
      api.catalogs.diff({ fromVersionId: v52, toVersionId: v60 }),
    );
    expect(diff.basis).toBe('crosswalk');
    expect(diff.counts.added).toBeGreaterThanOrEqual(11);
    const moved = diff.entries.find((e) => e.from.length > 0 && e.to.length > 0);
    const code = moved?.from[0]?.code ?? '';
    const detail = await hospital.client.call((api) =>
      api.catalogs.requirement({ versionId: v52, code }),
    );
    expect(
      detail.counterparts.some((c) => c.direction === 'later' && c.versionLabel === '6.0'),
    ).toBe(true);
    // And back: the 6.0 item names its 5.2 origin.
    const target = detail.counterparts.find((c) => c.direction === 'later')?.code ?? '';
    const back = await hospital.client.call((api) =>
      api.catalogs.requirement({ versionId: v60, code: target }),
    );
    expect(back.counterparts.some((c) => c.direction === 'earlier' && c.code === code)).toBe(true);
  });
});
