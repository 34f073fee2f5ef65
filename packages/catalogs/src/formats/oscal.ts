import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import oscalCatalogSchema from '../../schemas/oscal_catalog_schema-1.0.0.json' with { type: 'json' };
import type {
  CatalogRef,
  CatalogVersionDoc,
  ImportResult,
  RequirementDoc,
  VersionInfo,
} from '../model';
import { parseJsonText, valueAt, zodIssueMessages } from './issues';
import { parseCatalogDoc } from './validate';

/**
 * OSCAL 1.0.0 catalogs. Bunkai's export nests requirements by `parentCode`: a top-level requirement
 * with children becomes a `group`, everything else a `control` (children as nested controls).
 * Every field the OSCAL model has no place for travels in `props` of the Bunkai namespace, the
 * Japanese text in the `statement` part and the English title and text in an `english` part, so
 * `importCatalogOscal(exportCatalogOscal(doc))` gives `doc` back exactly. Foreign catalogs (NIST SP
 * 800-53 and the like) import with group and control ids as codes and statement prose as text.
 */

export const BUNKAI_OSCAL_NS = 'https://bunkai.example/ns/oscal';
export const OSCAL_VERSION = '1.0.0';

export interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

export interface OscalPart {
  id?: string;
  name: string;
  ns?: string;
  class?: string;
  title?: string;
  props?: OscalProperty[];
  prose?: string;
  parts?: OscalPart[];
}

export interface OscalControl {
  id: string;
  class?: string;
  title: string;
  props?: OscalProperty[];
  parts?: OscalPart[];
  controls?: OscalControl[];
}

export interface OscalGroup {
  id?: string;
  class?: string;
  title: string;
  props?: OscalProperty[];
  parts?: OscalPart[];
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

export interface OscalMetadata {
  title: string;
  published?: string;
  'last-modified': string;
  version: string;
  'oscal-version': string;
  props?: OscalProperty[];
  remarks?: string;
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  groups?: OscalGroup[];
  controls?: OscalControl[];
}

export interface OscalCatalogDocument {
  catalog: OscalCatalog;
}

// Codes may hold `( ) /` and start with a digit; OSCAL ids may not. `_` escapes them (and itself)
// so the mapping is one-to-one, and a leading digit gets a `_` in front.
const ID_ESCAPES: Record<string, string> = { _: '__', '(': '_l', ')': '_r', '/': '_v' };

/** The OSCAL id for a Bunkai code: `1.2(a)` → `_1.2_la_r`, `AC-1` → `AC-1`. */
export function codeToOscalId(code: string): string {
  const body = code.replace(/[_()/]/g, (c) => ID_ESCAPES[c] ?? c);
  return /^[0-9]/.test(body) ? `_${body}` : body;
}

// A property value is one line without outer whitespace (the schema's `^\S(.*\S)?$`).
const PLAIN_VALUE = /^\S(.*\S)?$/u;

/** A Bunkai property; values OSCAL cannot hold as they are travel JSON-encoded, marked `json`. */
export function bunkaiProperty(name: string, value: string): OscalProperty {
  return PLAIN_VALUE.test(value)
    ? { name, ns: BUNKAI_OSCAL_NS, value }
    : { name, ns: BUNKAI_OSCAL_NS, class: 'json', value: JSON.stringify(value) };
}

function propValue(p: { value: string; class?: string | undefined }): string {
  if (p.class !== 'json') return p.value;
  try {
    const decoded: unknown = JSON.parse(p.value);
    return typeof decoded === 'string' ? decoded : p.value;
  } catch {
    return p.value;
  }
}

export interface OscalExportOptions {
  /** `metadata.last-modified`; now by default. */
  lastModified?: Date | string;
  /** The catalog's UUID (v4); a fresh random one by default, as OSCAL wants one per revision. */
  uuid?: string;
}

interface Entry {
  r: RequirementDoc;
  index: number;
}

function requirementProps(r: RequirementDoc, index: number, detached: boolean): OscalProperty[] {
  const many = (name: string, values: readonly string[]) =>
    values.map((v) => bunkaiProperty(name, v));
  const one = (name: string, value: string | null) =>
    value === null ? [] : [bunkaiProperty(name, value)];
  return [
    // The plain OSCAL label, for viewers that show one.
    ...(PLAIN_VALUE.test(r.code) ? [{ name: 'label', value: r.code }] : []),
    bunkaiProperty('bunkai-code', r.code),
    bunkaiProperty('bunkai-order', String(r.order)),
    // The requirement's place in the document, so the import restores the list order exactly.
    bunkaiProperty('bunkai-position', String(index)),
    ...one('bunkai-parent', detached ? r.parentCode : null),
    ...many('bunkai-audience', r.audience),
    ...one('bunkai-level', r.level),
    ...many('bunkai-facility-size', r.facilitySizes),
    ...many('bunkai-service-type', r.serviceTypes),
    ...one('bunkai-default-owner', r.defaultOwner),
    ...one('bunkai-phase', r.phase),
    ...many('bunkai-checklist-ref', r.checklistRefs),
    ...(r.unconfirmed ? [bunkaiProperty('bunkai-unconfirmed', 'true')] : []),
  ];
}

function requirementParts(r: RequirementDoc, id: string): OscalPart[] {
  const parts: OscalPart[] = [];
  if (r.textJa !== '') parts.push({ id: `${id}_smt`, name: 'statement', prose: r.textJa });
  if (r.titleEn !== '' || r.textEn !== '') {
    parts.push({
      id: `${id}_en`,
      name: 'english',
      ns: BUNKAI_OSCAL_NS,
      ...(r.titleEn === '' ? {} : { title: r.titleEn }),
      ...(r.textEn === '' ? {} : { prose: r.textEn }),
    });
  }
  return parts;
}

// `published` must match the schema's year range (19xx–2xxx); JST midnight of the effective date.
function publishedFrom(date: string | null): string | undefined {
  return date !== null && /^(19|2\d)\d\d-/.test(date) ? `${date}T00:00:00+09:00` : undefined;
}

/** The catalog version as an OSCAL 1.0.0 catalog (a JSON-ready object). */
export function exportCatalogOscal(
  doc: CatalogVersionDoc,
  options: OscalExportOptions = {},
): OscalCatalogDocument {
  const entries: Entry[] = doc.requirements.map((r, index) => ({ r, index }));
  const byCode = new Map<string, Entry>();
  for (const e of entries) if (!byCode.has(e.r.code)) byCode.set(e.r.code, e);
  const children = new Map<string, Entry[]>();
  const roots: Entry[] = [];
  for (const e of entries) {
    const parent = e.r.parentCode === null ? undefined : byCode.get(e.r.parentCode);
    if (parent && parent !== e) {
      const list = children.get(parent.r.code) ?? [];
      list.push(e);
      children.set(parent.r.code, list);
    } else {
      roots.push(e);
    }
  }
  const bySiblingOrder = (a: Entry, b: Entry) => a.r.order - b.r.order || a.index - b.index;

  const placed = new Set<Entry>();
  const groups: OscalGroup[] = [];
  const controls: OscalControl[] = [];
  const build = (e: Entry, top: boolean): OscalGroup | OscalControl => {
    placed.add(e);
    const id = codeToOscalId(e.r.code);
    const kids = (children.get(e.r.code) ?? [])
      .sort(bySiblingOrder)
      .flatMap((k) => (placed.has(k) ? [] : [build(k, false) as OscalControl]));
    // Reached without its parent (a loop or an unknown parent): the parent goes in a prop.
    const detached = top && e.r.parentCode !== null;
    const parts = requirementParts(e.r, id);
    return {
      id,
      title: e.r.titleJa,
      props: requirementProps(e.r, e.index, detached),
      ...(parts.length > 0 ? { parts } : {}),
      ...(kids.length > 0 ? { controls: kids } : {}),
    };
  };
  const place = (e: Entry) => {
    const node = build(e, true);
    if (node.controls && node.controls.length > 0) groups.push(node);
    else controls.push(node as OscalControl);
  };
  roots.sort(bySiblingOrder).forEach(place);
  for (const e of entries) if (!placed.has(e)) place(e);

  const { catalog, version } = doc;
  const versionLine = version.label.replace(/\s+/g, ' ');
  const published = publishedFrom(version.effectiveDate);
  const lastModified =
    options.lastModified instanceof Date
      ? options.lastModified.toISOString()
      : (options.lastModified ?? new Date().toISOString());
  const metadata: OscalMetadata = {
    title: catalog.titleJa,
    ...(published === undefined ? {} : { published }),
    'last-modified': lastModified,
    version: versionLine,
    'oscal-version': OSCAL_VERSION,
    props: [
      bunkaiProperty('bunkai-catalog-code', catalog.code),
      bunkaiProperty('bunkai-catalog-title-en', catalog.titleEn),
      ...(versionLine === version.label
        ? []
        : [bunkaiProperty('bunkai-version-label', version.label)]),
      bunkaiProperty('bunkai-status', version.status),
      ...(version.effectiveDate === null
        ? []
        : [bunkaiProperty('bunkai-effective-date', version.effectiveDate)]),
      ...(version.source === null ? [] : [bunkaiProperty('bunkai-source', version.source)]),
    ],
    ...(version.notes === null ? {} : { remarks: version.notes }),
  };
  return {
    catalog: {
      uuid: options.uuid ?? crypto.randomUUID(),
      metadata,
      ...(groups.length > 0 ? { groups } : {}),
      ...(controls.length > 0 ? { controls } : {}),
    },
  };
}

// What the importer reads, leniently: unknown members (params, links, back-matter…) are ignored.
const PropIn = z.looseObject({
  name: z.string(),
  value: z.string(),
  ns: z.string().optional(),
  class: z.string().optional(),
});
type PropIn = z.infer<typeof PropIn>;

interface PartIn {
  name: string;
  ns?: string | undefined;
  title?: string | undefined;
  prose?: string | undefined;
  props?: PropIn[] | undefined;
  parts?: PartIn[] | undefined;
}
const PartIn: z.ZodType<PartIn> = z.lazy(() =>
  z.looseObject({
    name: z.string(),
    ns: z.string().optional(),
    title: z.string().optional(),
    prose: z.string().optional(),
    props: z.array(PropIn).optional(),
    parts: z.array(PartIn).optional(),
  }),
);

interface NodeIn {
  id?: string | undefined;
  title: string;
  props?: PropIn[] | undefined;
  parts?: PartIn[] | undefined;
  groups?: NodeIn[] | undefined;
  controls?: NodeIn[] | undefined;
}
const ControlIn: z.ZodType<NodeIn> = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    title: z.string(),
    props: z.array(PropIn).optional(),
    parts: z.array(PartIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const GroupIn: z.ZodType<NodeIn> = z.lazy(() =>
  z.looseObject({
    id: z.string().optional(),
    title: z.string(),
    props: z.array(PropIn).optional(),
    parts: z.array(PartIn).optional(),
    groups: z.array(GroupIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const CatalogIn = z.looseObject({
  metadata: z.looseObject({
    title: z.string(),
    version: z.string(),
    published: z.string().optional(),
    remarks: z.string().optional(),
    props: z.array(PropIn).optional(),
  }),
  groups: z.array(GroupIn).optional(),
  controls: z.array(ControlIn).optional(),
});

export interface OscalImportOptions {
  /** Overrides for what foreign catalogs lack (a Bunkai code, a Japanese title…). */
  catalog?: Partial<z.input<typeof CatalogRef>>;
  version?: Partial<z.input<typeof VersionInfo>>;
}

function bunkaiProps(props: readonly PropIn[] | undefined, name: string): string[] {
  return (props ?? []).filter((p) => p.name === name && p.ns === BUNKAI_OSCAL_NS).map(propValue);
}

/** Statement prose with its items (`a.`, `1.` …) on indented lines, as NIST writes them. */
function statementText(parts: readonly PartIn[] | undefined): string {
  const render = (part: PartIn, depth: number): string[] => {
    const label = part.props?.find((p) => p.name === 'label' && p.ns === undefined)?.value;
    const text = [label, part.prose?.trim()].filter((s) => s !== undefined && s !== '').join(' ');
    const lines = text === '' ? [] : [`${'  '.repeat(depth)}${text}`];
    for (const sub of part.parts ?? []) {
      if (sub.name === 'item') lines.push(...render(sub, text === '' ? depth : depth + 1));
    }
    return lines;
  };
  return (parts ?? [])
    .filter((p) => p.name === 'statement' && p.ns === undefined)
    .flatMap((p) => render(p, 0))
    .join('\n');
}

function slug(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 64)
    .replace(/-+$/, '');
  return s === '' ? 'oscal-catalog' : s;
}

interface Imported {
  oscalId: string;
  position: number | null;
  input: z.input<typeof RequirementDoc>;
}

function collect(roots: readonly NodeIn[]): Imported[] {
  const out: Imported[] = [];
  let unnamed = 0;
  const visit = (node: NodeIn, parentCode: string | null, siblingIndex: number) => {
    const all = (name: string) => bunkaiProps(node.props, name);
    const one = (name: string) => all(name)[0];
    const code = one('bunkai-code');
    const bunkai = code !== undefined;
    unnamed += node.id === undefined ? 1 : 0;
    const oscalId = node.id ?? `group-${unnamed}`;
    const english = node.parts?.find((p) => p.name === 'english' && p.ns === BUNKAI_OSCAL_NS);
    const statement = node.parts?.find((p) => p.name === 'statement' && p.ns === undefined);
    const foreignText = bunkai ? '' : statementText(node.parts);
    const order = one('bunkai-order');
    const position = one('bunkai-position');
    const ownCode = code ?? oscalId;
    out.push({
      oscalId,
      position: position === undefined ? null : Number(position),
      input: {
        code: ownCode,
        parentCode: one('bunkai-parent') ?? parentCode,
        order: order === undefined ? siblingIndex : Number(order),
        titleJa: node.title,
        titleEn: bunkai ? (english?.title ?? '') : node.title,
        textJa: bunkai ? (statement?.prose ?? '') : foreignText,
        textEn: bunkai ? (english?.prose ?? '') : foreignText,
        audience: all('bunkai-audience') as RequirementDoc['audience'],
        level: one('bunkai-level') ?? null,
        facilitySizes: all('bunkai-facility-size') as RequirementDoc['facilitySizes'],
        serviceTypes: all('bunkai-service-type') as RequirementDoc['serviceTypes'],
        defaultOwner: (one('bunkai-default-owner') ?? null) as RequirementDoc['defaultOwner'],
        phase: (one('bunkai-phase') ?? null) as RequirementDoc['phase'],
        checklistRefs: all('bunkai-checklist-ref'),
        unconfirmed: one('bunkai-unconfirmed') === 'true',
      },
    });
    [...(node.groups ?? []), ...(node.controls ?? [])].forEach((child, i) => {
      visit(child, ownCode, i);
    });
  };
  roots.forEach((node, i) => {
    visit(node, null, i);
  });
  // Bunkai's own export says where each requirement stood; others keep document order.
  return out
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (a.item.position ?? Infinity) - (b.item.position ?? Infinity) || a.i - b.i)
    .map(({ item }) => item);
}

/**
 * Reads an OSCAL catalog (JSON text or the parsed object, with or without the `catalog` wrapper):
 * Bunkai's own export losslessly, foreign catalogs with ids as codes. Issues name the OSCAL id and
 * field as `id#field`; structural problems name the JSON path.
 */
export function importCatalogOscal(
  input: unknown,
  options: OscalImportOptions = {},
): ImportResult<CatalogVersionDoc> {
  let json: unknown = input;
  if (typeof input === 'string') {
    const parsedText = parseJsonText(input);
    if (!parsedText.ok) return parsedText;
    json = parsedText.value;
  }
  const wrapped = valueAt(json, ['catalog']) !== undefined;
  const raw = wrapped ? valueAt(json, ['catalog']) : json;
  const parsed = CatalogIn.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => {
        const path = [...(wrapped ? ['catalog'] : []), ...issue.path.map(String)].join('.');
        return {
          row: null,
          column: path,
          messages: zodIssueMessages(issue, { ja: path, en: path }, valueAt(raw, issue.path)),
        };
      }),
    };
  }
  const { metadata } = parsed.data;
  const meta = (name: string) => bunkaiProps(metadata.props, name)[0];
  const bunkai = meta('bunkai-catalog-code') !== undefined;
  const nodes = collect([...(parsed.data.groups ?? []), ...(parsed.data.controls ?? [])]);
  const doc = {
    catalog: {
      code: meta('bunkai-catalog-code') ?? slug(metadata.title),
      titleJa: metadata.title,
      titleEn: meta('bunkai-catalog-title-en') ?? metadata.title,
      ...options.catalog,
    },
    version: {
      label: meta('bunkai-version-label') ?? metadata.version,
      status: meta('bunkai-status') ?? 'draft',
      effectiveDate:
        meta('bunkai-effective-date') ??
        (bunkai || metadata.published === undefined ? null : metadata.published.slice(0, 10)),
      source: meta('bunkai-source') ?? null,
      notes: metadata.remarks ?? null,
      ...options.version,
    },
    requirements: nodes.map((n) => n.input),
  };
  return parseCatalogDoc(doc, {
    rowWord: 'item',
    requirement(index, field) {
      const id = nodes[index]?.oscalId ?? String(index + 1);
      const column = field === null ? id : `${id}#${field}`;
      return { row: null, column, label: column };
    },
  });
}

export interface OscalSchemaError {
  /** JSON pointer into the checked document, e.g. `/catalog/groups/0/id`. */
  path: string;
  message: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * A checker for one of the official OSCAL 1.0.0 JSON schemas (draft-07), compiled on first use.
 * Their id and token patterns use `\uXXXX` ranges inside the Basic Multilingual Plane, which
 * compile as they are with the `u` flag. The checker returns no errors when the document is valid.
 */
export function oscalSchemaValidator(schema: object): (json: unknown) => OscalSchemaError[] {
  let validator: ValidateFunction | undefined;
  return (json) => {
    if (!validator) {
      const ajv = new Ajv({ strict: false, unicodeRegExp: true, allErrors: true });
      addFormats(ajv);
      validator = ajv.compile(schema);
    }
    if (validator(json)) return [];
    return (validator.errors ?? []).map((e) => ({
      path: e.instancePath,
      message: e.message ?? e.keyword,
      keyword: e.keyword,
      params: e.params,
    }));
  };
}

const catalogValidator = oscalSchemaValidator(oscalCatalogSchema);

/** Checks a document against the official OSCAL 1.0.0 catalog JSON schema. */
export function validateOscalCatalog(json: unknown): OscalSchemaError[] {
  return catalogValidator(json);
}
