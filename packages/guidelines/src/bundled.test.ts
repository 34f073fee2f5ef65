import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkCrosswalkIntegrity,
  findBundledDataFolder,
  loadBundledCatalogs,
  type BundledCatalogs,
} from './bundled';
import type { CatalogVersionDoc, CrosswalkDoc } from './model';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = join(here, '..', '..', '..');

const range = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** The 95 ids of shared/catalogs/seed-requirements.csv. */
const SEED_IDS = [
  ...range('MHLW6-KK-', 13),
  ...range('MHLW6-KA-', 20),
  ...range('MHLW6-SU-', 30),
  ...range('METI-', 14),
  'CL2025-1-01',
  ...range('CL2025-2-', 13),
  ...range('CL2025-3-', 3),
  'CL2025-4-01',
];

/** Seed rows whose change_52_to_60 is `added` (all MHLW rows without a 5.2 location are among them). */
const SEED_ADDED = [
  'MHLW6-KK-03',
  'MHLW6-KK-04',
  'MHLW6-KK-05',
  'MHLW6-KK-06',
  'MHLW6-KK-12',
  'MHLW6-KA-05',
  'MHLW6-KA-10',
  'MHLW6-SU-02',
  'MHLW6-SU-06',
  'MHLW6-SU-09',
  'MHLW6-SU-21',
];

let bundled: BundledCatalogs;
beforeAll(async () => {
  bundled = await loadBundledCatalogs();
});

function version(catalog: string, label: string): CatalogVersionDoc {
  const v = bundled.versions.find((x) => x.catalog.code === catalog && x.version.label === label);
  if (!v) throw new Error(`missing ${catalog} ${label}`);
  return v;
}

function requirement(catalog: string, label: string, code: string) {
  const r = version(catalog, label).requirements.find((x) => x.code === code);
  if (!r) throw new Error(`missing ${code} in ${catalog} ${label}`);
  return r;
}

function crosswalk(catalog: string, from: string, to: string): CrosswalkDoc {
  const c = bundled.crosswalks.find(
    (x) => x.from.catalog === catalog && x.from.version === from && x.to.version === to,
  );
  if (!c) throw new Error(`missing crosswalk ${catalog} ${from} → ${to}`);
  return c;
}

describe('bundled catalogs', () => {
  it('finds the data folder from the source and from the bundled server', () => {
    const data = join(repoRoot, 'packages', 'guidelines', 'data');
    expect(findBundledDataFolder()).toBe(data);
    expect(findBundledDataFolder(join(repoRoot, 'apps', 'api', 'dist'))).toBe(data);
  });

  it('loads and validates every file, sorted deterministically', () => {
    expect(bundled.versions.map((v) => `${v.catalog.code} ${v.version.label}`)).toEqual([
      'meti-mic-gl 2.0',
      'mhlw-checklist-hospital FY2023',
      'mhlw-checklist-hospital FY2024',
      'mhlw-checklist-hospital FY2025',
      'mhlw-checklist-vendor FY2023',
      'mhlw-checklist-vendor FY2024',
      'mhlw-checklist-vendor FY2025',
      'mhlw-gl 5.2',
      'mhlw-gl 6.0',
      'role-split-2024 2024',
    ]);
    expect(
      bundled.crosswalks.map(
        (c) => `${c.from.catalog} ${c.from.version} → ${c.to.catalog} ${c.to.version}`,
      ),
    ).toEqual([
      'mhlw-checklist-hospital FY2023 → mhlw-checklist-hospital FY2024',
      'mhlw-checklist-hospital FY2024 → mhlw-checklist-hospital FY2025',
      'mhlw-checklist-vendor FY2023 → mhlw-checklist-vendor FY2024',
      'mhlw-checklist-vendor FY2024 → mhlw-checklist-vendor FY2025',
      'mhlw-gl 5.2 → mhlw-gl 6.0',
    ]);
  });

  it('is published, with one catalog title per catalog code', () => {
    const titles = new Map<string, string>();
    for (const v of bundled.versions) {
      expect(v.version.status).toBe('published');
      const t = JSON.stringify(v.catalog);
      expect(titles.get(v.catalog.code) ?? t).toBe(t);
      titles.set(v.catalog.code, t);
    }
  });

  it('says in Japanese and English that unconfirmed items are demo content', () => {
    for (const v of bundled.versions) {
      expect(v.version.notes).toContain('編集可能なデモ内容');
      expect(v.version.notes).toContain('editable demo content, not authoritative guideline text');
    }
  });

  it('passes crosswalk integrity, and covers every newer requirement too', () => {
    for (const c of bundled.crosswalks) {
      const from = version(c.from.catalog, c.from.version);
      const to = version(c.to.catalog, c.to.version);
      expect(checkCrosswalkIntegrity(from, to, c)).toEqual([]);
      const targets = new Set(c.entries.map((e) => e.toCode));
      expect(to.requirements.filter((r) => !targets.has(r.code)).map((r) => r.code)).toEqual([]);
    }
  });

  it('resolves every checklist reference to a bundled requirement', () => {
    const codes = new Set(bundled.versions.flatMap((v) => v.requirements.map((r) => r.code)));
    const dangling = bundled.versions.flatMap((v) =>
      v.requirements.flatMap((r) =>
        r.checklistRefs.filter((ref) => !codes.has(ref)).map((ref) => `${r.code} → ${ref}`),
      ),
    );
    expect(dangling).toEqual([]);
  });

  it('holds at least 60 requirements in 6.0 and every seed id somewhere', () => {
    const v60 = version('mhlw-gl', '6.0');
    const parents = new Set(v60.requirements.map((r) => r.parentCode));
    expect(v60.requirements.filter((r) => !parents.has(r.code)).length).toBeGreaterThanOrEqual(60);
    expect(v60.requirements.filter((r) => r.code.startsWith('MHLW6-'))).toHaveLength(63);
    const codes = new Set(bundled.versions.flatMap((v) => v.requirements.map((r) => r.code)));
    expect(SEED_IDS).toHaveLength(95);
    expect(SEED_IDS.filter((id) => !codes.has(id))).toEqual([]);
  });

  it('places seed requirements under their 6.0 part and chapter', () => {
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-KK-01').parentCode).toBe('6.0-KEI-1');
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-KA-09').parentCode).toBe('6.0-KIK-11');
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-SU-06').parentCode).toBe('6.0-SYS-3.4');
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-SU-28').parentCode).toBe('6.0-KIK-15');
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-SU-22').parentCode).toBe('6.0-SYS');
    expect(requirement('mhlw-gl', '6.0', '6.0-KEI-1').parentCode).toBe('6.0-KEI');
    expect(requirement('mhlw-gl', '5.2', '5.2-6.5-C').level).toBe('C');
  });

  it('limits only the cloud item to cloud and hybrid systems', () => {
    expect(requirement('mhlw-gl', '6.0', 'MHLW6-KA-16').serviceTypes).toEqual(['cloud', 'hybrid']);
    const limited = bundled.versions.flatMap((v) =>
      v.requirements
        .filter((r) => r.serviceTypes.length > 0)
        .map((r) => `${v.catalog.code} ${v.version.label} ${r.code}`),
    );
    expect(limited).toEqual(['mhlw-gl 6.0 MHLW6-KA-16']);
  });

  it('flags (U) statements and inferred mappings as unconfirmed', () => {
    const flagged: [string, string, string][] = [
      ['mhlw-gl', '6.0', 'MHLW6-KK-07'], // I
      ['mhlw-gl', '6.0', 'MHLW6-KK-13'], // I, 経5(U)
      ['mhlw-gl', '6.0', 'MHLW6-KA-01'], // I, 企(U)
      ['mhlw-gl', '6.0', 'MHLW6-SU-21'], // I
      ['mhlw-gl', '6.0', 'MHLW6-SU-22'], // シ(U)
      ['mhlw-gl', '6.0', 'MHLW6-SU-29'], // I, シ8(U)
      ['mhlw-gl', '6.0', '6.0-KEI-5'], // chapter title (U)
      ['mhlw-gl', '5.2', '5.2-6.1'], // only inferred mappings
      ['mhlw-gl', '5.2', '5.2-6.6'],
      ['mhlw-checklist-hospital', 'FY2023', 'CL-3-01'], // (U)
      ['mhlw-checklist-hospital', 'FY2025', 'CL2025-3-01'], // I
      ['mhlw-checklist-vendor', 'FY2025', 'CLV2025-1-01'], // vendor wording (U)
      ['meti-mic-gl', '2.0', '2.0-5'], // 2.0 numbering unconfirmed
      ['role-split-2024', '2024', 'P1-demo-01'],
    ];
    for (const [c, v, code] of flagged)
      expect(requirement(c, v, code).unconfirmed, code).toBe(true);
    const confirmed: [string, string, string][] = [
      ['mhlw-gl', '6.0', 'MHLW6-KK-01'],
      ['mhlw-gl', '6.0', 'MHLW6-KA-14'],
      ['mhlw-gl', '6.0', 'MHLW6-SU-26'],
      ['mhlw-gl', '5.2', '5.2-4.1'],
      ['mhlw-checklist-hospital', 'FY2025', 'CL2025-2-10'],
      ['meti-mic-gl', '2.0', 'METI-05'],
      ['role-split-2024', '2024', 'P2-A-1'],
    ];
    for (const [c, v, code] of confirmed)
      expect(requirement(c, v, code).unconfirmed, code).toBe(false);
  });

  it('marks the seed catalog’s added items as added in 5.2 → 6.0', () => {
    const cw = crosswalk('mhlw-gl', '5.2', '6.0');
    const added = new Set(cw.entries.filter((e) => e.relation === 'added').map((e) => e.toCode));
    expect(SEED_ADDED.filter((code) => !added.has(code))).toEqual([]);
    // Removed-and-merged e-文書法 chapter 7 still leads somewhere.
    expect(cw.entries.some((e) => e.fromCode === '5.2-7' && e.toCode === 'MHLW6-KA-18')).toBe(true);
  });

  it('records the checklist changes between fiscal years', () => {
    const y25 = crosswalk('mhlw-checklist-hospital', 'FY2024', 'FY2025');
    const added = y25.entries.filter(
      (e) => e.relation === 'added' && /-\d+-\d+$/.test(e.toCode ?? ''),
    );
    expect(added.map((e) => e.toCode).sort()).toEqual([
      'CL2025-2-10',
      'CL2025-2-11',
      'CL2025-2-12',
      'CL2025-2-13',
      'CL2025-4-01',
    ]);
    const patches = y25.entries.filter((e) => e.toCode === 'CL2025-2-07').map((e) => e.fromCode);
    expect(patches.sort()).toEqual(['CL-2-07n', 'CL-2-07s', 'CL-2-07t']);
    expect(requirement('mhlw-checklist-hospital', 'FY2023', 'CL-2-04t').level).toBe(
      '令和6年度中（参考項目）',
    );
    expect(requirement('mhlw-checklist-hospital', 'FY2024', 'CL-2-04t').level).toBe('令和6年度');
  });

  // A copy of shared/catalogs/seed-requirements.csv, the seed the data was built from.
  const seedCsv = join(repoRoot, 'packages', 'guidelines', 'sources', 'seed-requirements.csv');
  it('agrees with the seed requirements it was built from', () => {
    const rows = parse<Record<string, string>>(readFileSync(seedCsv, 'utf8'), { columns: true });
    expect(rows.map((r) => r.id)).toEqual(SEED_IDS);
    const addedInSeed = rows
      .filter((r) => r.id?.startsWith('MHLW6-') && r.change_52_to_60 === 'added')
      .map((r) => r.id);
    expect(addedInSeed).toEqual(SEED_ADDED);
    const all = new Map(
      bundled.versions.flatMap((v) => v.requirements.map((r) => [r.code, r] as const)),
    );
    for (const row of rows.filter((r) => r.mapping_confidence === 'I')) {
      expect(all.get(row.id ?? '')?.unconfirmed, row.id).toBe(true);
    }
  });
});

describe('checkCrosswalkIntegrity', () => {
  it('reports unmapped requirements, unknown codes and mismatched versions', () => {
    const from = version('mhlw-gl', '5.2');
    const to = version('mhlw-gl', '6.0');
    const cw = crosswalk('mhlw-gl', '5.2', '6.0');
    const broken: CrosswalkDoc = {
      from: cw.from,
      to: { catalog: 'mhlw-gl', version: '9.9' },
      entries: [
        ...cw.entries.filter((e) => e.fromCode !== '5.2-6.7'),
        { fromCode: '5.2-99', toCode: 'MHLW6-XX-01', relation: 'equal', note: null },
      ],
    };
    const problems = checkCrosswalkIntegrity(from, to, broken);
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/target mhlw-gl 9\.9 is not mhlw-gl 6\.0/);
    expect(problems.join('\n')).toMatch(/5\.2-99 does not exist in mhlw-gl 5\.2/);
    expect(problems.join('\n')).toMatch(/MHLW6-XX-01 does not exist in mhlw-gl 6\.0/);
    expect(problems.join('\n')).toMatch(/5\.2-6\.7 of mhlw-gl 5\.2 is not mapped/);
  });
});

describe('loadBundledCatalogs on a broken folder', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bunkai-catalogs-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function folderWith(files: Record<string, string>): Promise<string> {
    const root = await mkdtemp(join(dir, 'case-'));
    for (const [rel, text] of Object.entries(files)) {
      await mkdir(dirname(join(root, rel)), { recursive: true });
      await writeFile(join(root, rel), text);
    }
    return root;
  }

  it('names the file and the issue when a document is invalid', async () => {
    const good = await readFile(join(findBundledDataFolder(), 'mhlw-gl', '6.0.json'), 'utf8');
    const doc = JSON.parse(good) as { requirements: { parentCode: string | null }[] };
    const first = doc.requirements.find((r) => r.parentCode !== null);
    if (first) first.parentCode = 'NOPE';
    const root = await folderWith({ 'mhlw-gl/6.0.json': JSON.stringify(doc) });
    await expect(loadBundledCatalogs({ dataDir: root })).rejects.toThrow(
      /mhlw-gl\/6\.0\.json: requirements\.\d+\.parentCode: .*Parent NOPE does not exist/,
    );
  });

  it('rejects invalid JSON and a file named unlike its content', async () => {
    const bad = await folderWith({ 'x/1.json': '{ nope' });
    await expect(loadBundledCatalogs({ dataDir: bad })).rejects.toThrow(
      /x\/1\.json: not valid JSON/,
    );
    const good = await readFile(join(findBundledDataFolder(), 'mhlw-gl', '5.2.json'), 'utf8');
    const misnamed = await folderWith({ 'mhlw-gl/5.3.json': good });
    await expect(loadBundledCatalogs({ dataDir: misnamed })).rejects.toThrow(
      /mhlw-gl\/5\.3\.json: the file should be named mhlw-gl\/5\.2\.json/,
    );
  });
});
