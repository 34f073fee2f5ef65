import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { CatalogVersionDoc, CrosswalkDoc } from './model';

/**
 * The guideline catalogs and crosswalks shipped with Bunkai, as JSON under
 * `packages/guidelines/data/` (layout and conventions: `data/README.md`):
 *
 * - `data/<catalog>/<version>.json`: one {@link CatalogVersionDoc} per file;
 * - `data/crosswalks/<catalog>_<from version>__<to version>.json` (two versions of one catalog) or
 *   `data/crosswalks/<from catalog>_<from version>__<to catalog>_<to version>.json` (across
 *   catalogs): one {@link CrosswalkDoc} per file.
 *
 * Every file is parsed with the zod schemas of `model.ts`; its path must agree with its content.
 */

const DATA_PARTS = ['packages', 'guidelines', 'data'] as const;
const CROSSWALKS = 'crosswalks';

/**
 * Finds `packages/guidelines/data` by walking up from `start`. Works from the source
 * (`packages/guidelines/src`), from the bundled server (`apps/api/dist`) and inside the image, as
 * long as the data folder sits at `packages/guidelines/data` under one of the parents.
 */
export function findBundledDataFolder(start = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const candidate = join(dir, ...DATA_PARTS);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`${DATA_PARTS.join('/')}/ not found above ${start}`);
  }
}

export interface BundledCatalogs {
  versions: CatalogVersionDoc[];
  crosswalks: CrosswalkDoc[];
}

export interface LoadBundledOptions {
  /** The data folder; found with {@link findBundledDataFolder} when omitted. */
  dataDir?: string;
}

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Bundled files mark no kinds: their section headings are the requirements with neither a level
 * nor a default owner, which become groups (never matrix rows).
 */
function markSections(doc: CatalogVersionDoc): CatalogVersionDoc {
  return {
    ...doc,
    requirements: doc.requirements.map((r) =>
      r.level === null && r.defaultOwner === null ? { ...r, kind: 'group' } : r,
    ),
  };
}

/** Reads, validates and sorts every bundled catalog version and crosswalk. */
export async function loadBundledCatalogs(
  options: LoadBundledOptions = {},
): Promise<BundledCatalogs> {
  const dataDir = options.dataDir ?? findBundledDataFolder();
  const files = (await listJsonFiles(dataDir)).sort((a, b) => collator.compare(a, b));
  const versions: CatalogVersionDoc[] = [];
  const crosswalks: CrosswalkDoc[] = [];
  for (const file of files) {
    const rel = relative(dataDir, file).split(sep).join('/');
    const parts = rel.split('/');
    const raw = await readJson(file, rel);
    if (parts.length === 2 && parts[0] === CROSSWALKS) {
      const doc = parseWith(CrosswalkDoc, raw, rel);
      const expected = `${CROSSWALKS}/${crosswalkFileName(doc)}`;
      if (rel !== expected) throw new Error(`${rel}: the file should be named ${expected}`);
      crosswalks.push(doc);
    } else if (parts.length === 2) {
      const doc = parseWith(CatalogVersionDoc, raw, rel);
      const expected = `${doc.catalog.code}/${doc.version.label}.json`;
      if (rel !== expected) throw new Error(`${rel}: the file should be named ${expected}`);
      versions.push(markSections(doc));
    } else {
      throw new Error(
        `${rel}: expected data/<catalog>/<version>.json or data/${CROSSWALKS}/<from>__<to>.json`,
      );
    }
  }
  versions.sort(
    (a, b) =>
      collator.compare(a.catalog.code, b.catalog.code) ||
      collator.compare(a.version.label, b.version.label),
  );
  crosswalks.sort(
    (a, b) =>
      collator.compare(a.from.catalog, b.from.catalog) ||
      collator.compare(a.from.version, b.from.version) ||
      collator.compare(a.to.catalog, b.to.catalog) ||
      collator.compare(a.to.version, b.to.version),
  );
  return { versions, crosswalks };
}

/**
 * Problems in a crosswalk between two versions (bilingual, empty when sound):
 * - its `from`/`to` do not name these versions;
 * - an entry names a code that does not exist in its version;
 * - a requirement (section or item) of the older version appears in no entry as `fromCode`;
 * - the same entry appears twice.
 */
export function checkCrosswalkIntegrity(
  from: CatalogVersionDoc,
  to: CatalogVersionDoc,
  crosswalk: CrosswalkDoc,
): string[] {
  const problems: string[] = [];
  const name = (v: CatalogVersionDoc) => `${v.catalog.code} ${v.version.label}`;
  const refName = (r: CrosswalkDoc['from']) => `${r.catalog} ${r.version}`;
  if (
    crosswalk.from.catalog !== from.catalog.code ||
    crosswalk.from.version !== from.version.label
  ) {
    problems.push(
      `移行元 ${refName(crosswalk.from)} が ${name(from)} と一致しません / The crosswalk's source ${refName(crosswalk.from)} is not ${name(from)}`,
    );
  }
  if (crosswalk.to.catalog !== to.catalog.code || crosswalk.to.version !== to.version.label) {
    problems.push(
      `移行先 ${refName(crosswalk.to)} が ${name(to)} と一致しません / The crosswalk's target ${refName(crosswalk.to)} is not ${name(to)}`,
    );
  }
  const fromCodes = new Set(from.requirements.map((r) => r.code));
  const toCodes = new Set(to.requirements.map((r) => r.code));
  const mapped = new Set<string>();
  const entries = new Set<string>();
  crosswalk.entries.forEach((e, i) => {
    const at = `entries[${i}]`;
    if (e.fromCode !== null) {
      mapped.add(e.fromCode);
      if (!fromCodes.has(e.fromCode)) {
        problems.push(
          `${at}: ${e.fromCode} は ${name(from)} にありません / ${e.fromCode} does not exist in ${name(from)}`,
        );
      }
    }
    if (e.toCode !== null && !toCodes.has(e.toCode)) {
      problems.push(
        `${at}: ${e.toCode} は ${name(to)} にありません / ${e.toCode} does not exist in ${name(to)}`,
      );
    }
    const key = `${e.fromCode ?? ''}\u0000${e.toCode ?? ''}\u0000${e.relation}`;
    if (entries.has(key)) {
      problems.push(
        `${at}: 同じ対応が重複しています / Duplicate entry ${e.fromCode ?? '∅'} → ${e.toCode ?? '∅'} (${e.relation})`,
      );
    }
    entries.add(key);
  });
  for (const r of from.requirements) {
    if (!mapped.has(r.code)) {
      problems.push(
        `${name(from)} の ${r.code} が対応付けられていません / ${r.code} of ${name(from)} is not mapped`,
      );
    }
  }
  return problems;
}

/** The file name a crosswalk is stored under (see the module comment). */
export function crosswalkFileName(doc: Pick<CrosswalkDoc, 'from' | 'to'>): string {
  const { from, to } = doc;
  return from.catalog === to.catalog
    ? `${from.catalog}_${from.version}__${to.version}.json`
    : `${from.catalog}_${from.version}__${to.catalog}_${to.version}.json`;
}

async function listJsonFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listJsonFiles(path)));
    else if (entry.isFile() && entry.name.endsWith('.json')) out.push(path);
  }
  return out;
}

async function readJson(file: string, rel: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new Error(`${rel}: not valid JSON (${(error as Error).message})`, { cause: error });
  }
}

function parseWith<S extends z.ZodType>(schema: S, raw: unknown, rel: string): z.output<S> {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const issues = result.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
  const more = result.error.issues.length > 10 ? ` (+${result.error.issues.length - 10} more)` : '';
  throw new Error(`${rel}: ${issues.join('; ')}${more}`);
}
