import { createHash } from 'node:crypto';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'zod';
import { startOfJapanDay, type RequirementKind } from '@bunkai/model';
import oscalCatalogSchema from '../../schemas/oscal_catalog_schema-1.0.0.json' with { type: 'json' };
import type {
  CatalogRef,
  CatalogVersionDoc,
  OscalNode,
  OscalPart,
  RequirementDoc,
  VersionInfo,
} from '@bunkai/guidelines';
import {
  type ImportResult,
  fileIssue,
  jsonDocumentIssues,
  jsonPathLabel,
  parseJsonText,
  valueAt,
  zodIssueMessages,
} from './issues';
import { expansionIssue, expansionOverflow, oscalNodes, oscalTreeIssues } from './oscal-guard';
import { renderParams } from './oscal-params';
import { parseCatalogDoc } from './validate';

/**
 * OSCAL 1.0.0 catalogs. Bunkai's export nests requirements by `parentCode`: a top-level requirement
 * with children becomes a `group`, everything else a `control` (children as nested controls).
 * Every field the OSCAL model has no place for travels in `props` of the Bunkai namespace, the
 * Japanese text in the `statement` part and the English title and text in an `english` part, so
 * `importCatalogOscal(exportCatalogOscal(doc))` gives `doc` back exactly. Foreign catalogs (NIST SP
 * 800-53 and the like) import with group and control ids as codes, each node's own OSCAL members
 * kept verbatim (`RequirementDoc.oscal`, the document's uuid, metadata and back matter in
 * `VersionInfo.oscal`), and export as the same tree; their text is the statement rendered with
 * parameters filled in.
 */

export const BUNKAI_OSCAL_NS = 'https://bunkai.example/ns/oscal';
export const OSCAL_VERSION = '1.0.0';

export interface OscalProperty {
  name: string;
  value: string;
  ns?: string;
  class?: string;
}

export interface OscalControl extends Omit<OscalNode, 'id'> {
  id: string;
  controls?: OscalControl[];
}

export interface OscalGroup extends OscalNode {
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
  [member: string]: unknown;
}

export interface OscalCatalog {
  uuid: string;
  metadata: OscalMetadata;
  groups?: OscalGroup[];
  controls?: OscalControl[];
  'back-matter'?: { resources: Record<string, unknown>[] };
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
  /**
   * `metadata.last-modified` of a version without stored OSCAL metadata (its publication or creation
   * time); the effective date, else the Unix epoch, by default: never the clock.
   */
  lastModified?: Date | string;
  /** The catalog's UUID; by default one derived from the content, so it changes only with it. */
  uuid?: string;
}

/**
 * A UUID from the SHA-1 of the canonical JSON, so it changes exactly when `value` does. It carries
 * the version 4 bits, as the OSCAL 1.0.0 schema admits no other version.
 */
export function contentUuid(value: unknown): string {
  const h = createHash('sha1').update(JSON.stringify(value)).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x40;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
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
    ...(r.kind === 'group' ? [bunkaiProperty('bunkai-kind', 'group')] : []),
    ...(r.withdrawn ? [{ name: 'status', value: 'withdrawn' }] : []),
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
  return date !== null && /^(19|2\d)\d\d-/.test(date) ? startOfJapanDay(date) : undefined;
}

/**
 * The catalog version as an OSCAL 1.0.0 catalog (a JSON-ready object). A version imported from
 * OSCAL gives back its own document: the stored nodes as the same tree of groups, controls and
 * enhancements, with its uuid, metadata and back matter. Others carry Bunkai's properties.
 */
export function exportCatalogOscal(
  doc: CatalogVersionDoc,
  options: OscalExportOptions = {},
): OscalCatalogDocument {
  return doc.version.oscal ? exportStored(doc, doc.version.oscal) : exportBunkai(doc, options);
}

/** Children by parent code in sibling order (then document order); unknown parents at the top. */
function childrenOf(requirements: readonly RequirementDoc[]) {
  const codes = new Set(requirements.map((r) => r.code));
  const children = new Map<string | null, RequirementDoc[]>();
  for (const r of requirements) {
    const key = r.parentCode !== null && codes.has(r.parentCode) ? r.parentCode : null;
    const list = children.get(key) ?? [];
    list.push(r);
    children.set(key, list);
  }
  for (const list of children.values()) list.sort((a, b) => a.order - b.order);
  return children;
}

function exportStored(
  doc: CatalogVersionDoc,
  info: NonNullable<VersionInfo['oscal']>,
): OscalCatalogDocument {
  const children = childrenOf(doc.requirements);
  const seen = new Set<string>();
  const own = (r: RequirementDoc): OscalNode =>
    r.oscal ?? {
      id: codeToOscalId(r.code),
      title: r.titleEn === '' ? r.titleJa : r.titleEn,
      ...(r.textEn === '' ? {} : { parts: [{ name: 'statement', prose: r.textEn }] }),
    };
  const kids = (code: string | null) =>
    (children.get(code) ?? []).filter((r) => !seen.has(r.code) && seen.add(r.code));
  const control = (r: RequirementDoc): OscalControl => {
    const sub = kids(r.code).map(control);
    return {
      ...own(r),
      id: own(r).id ?? codeToOscalId(r.code),
      ...(sub.length > 0 ? { controls: sub } : {}),
    };
  };
  // Groups hold groups and controls; a control holds controls (its enhancements) only.
  const tree = (list: RequirementDoc[]) => {
    const groups = list.filter((r) => r.kind === 'group').map(group);
    const controls = list.filter((r) => r.kind !== 'group').map(control);
    return {
      ...(groups.length > 0 ? { groups } : {}),
      ...(controls.length > 0 ? { controls } : {}),
    };
  };
  const group = (r: RequirementDoc): OscalGroup => ({ ...own(r), ...tree(kids(r.code)) });
  const resources = info.backMatter ?? [];
  return {
    catalog: {
      uuid: info.uuid,
      metadata: info.metadata,
      ...tree(kids(null)),
      ...(resources.length > 0 ? { 'back-matter': { resources } } : {}),
    },
  };
}

function exportBunkai(doc: CatalogVersionDoc, options: OscalExportOptions): OscalCatalogDocument {
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
  // A group holds groups and controls; a control holds controls (its enhancements) only, so a
  // group below a control is written as a control and keeps its kind in the bunkai-kind prop.
  const build = (e: Entry, top: boolean, asGroup: boolean): OscalControl & OscalGroup => {
    placed.add(e);
    const id = codeToOscalId(e.r.code);
    const subGroups: OscalGroup[] = [];
    const subControls: OscalControl[] = [];
    for (const k of (children.get(e.r.code) ?? []).sort(bySiblingOrder)) {
      if (placed.has(k)) continue;
      const nested = asGroup && k.r.kind === 'group';
      const node = build(k, false, nested);
      if (nested) subGroups.push(node);
      else subControls.push(node);
    }
    // Reached without its parent (a loop or an unknown parent): the parent goes in a prop.
    const detached = top && e.r.parentCode !== null;
    const parts = requirementParts(e.r, id);
    return {
      id,
      title: e.r.titleJa,
      props: requirementProps(e.r, e.index, detached),
      ...(parts.length > 0 ? { parts } : {}),
      ...(subGroups.length > 0 ? { groups: subGroups } : {}),
      ...(subControls.length > 0 ? { controls: subControls } : {}),
    };
  };
  const place = (e: Entry) => {
    const asGroup = e.r.kind === 'group';
    const node = build(e, true, asGroup);
    if (asGroup) groups.push(node);
    else controls.push(node);
  };
  roots.sort(bySiblingOrder).forEach(place);
  for (const e of entries) if (!placed.has(e)) place(e);

  const { catalog, version } = doc;
  const versionLine = version.label.replace(/\s+/g, ' ');
  const published = publishedFrom(version.effectiveDate);
  const lastModified =
    options.lastModified instanceof Date
      ? options.lastModified.toISOString()
      : (options.lastModified ?? published ?? '1970-01-01T00:00:00Z');
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
  const content = { groups, controls, metadata };
  return {
    catalog: {
      uuid: options.uuid ?? contentUuid(content),
      metadata,
      ...(groups.length > 0 ? { groups } : {}),
      ...(controls.length > 0 ? { controls } : {}),
    },
  };
}

// What the importer reads, leniently: members are kept as they are, checked by the model's OscalNode.
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

const ParamIn = z.looseObject({
  id: z.string(),
  label: z.string().optional(),
  values: z.array(z.string()).optional(),
  select: z
    .looseObject({ 'how-many': z.string().optional(), choice: z.array(z.string()).optional() })
    .optional(),
});
type ParamIn = z.infer<typeof ParamIn>;

interface NodeIn {
  id?: string | undefined;
  title: string;
  params?: ParamIn[] | undefined;
  props?: PropIn[] | undefined;
  parts?: PartIn[] | undefined;
  groups?: NodeIn[] | undefined;
  controls?: NodeIn[] | undefined;
}
const ControlIn: z.ZodType<NodeIn> = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    title: z.string(),
    params: z.array(ParamIn).optional(),
    props: z.array(PropIn).optional(),
    parts: z.array(PartIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const GroupIn: z.ZodType<NodeIn> = z.lazy(() =>
  z.looseObject({
    id: z.string().optional(),
    title: z.string(),
    params: z.array(ParamIn).optional(),
    props: z.array(PropIn).optional(),
    parts: z.array(PartIn).optional(),
    groups: z.array(GroupIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const CatalogIn = z.looseObject({
  uuid: z.string().optional(),
  metadata: z.looseObject({
    title: z.string(),
    version: z.string(),
    published: z.string().optional(),
    remarks: z.string().optional(),
    props: z.array(PropIn).optional(),
  }),
  groups: z.array(GroupIn).optional(),
  controls: z.array(ControlIn).optional(),
  'back-matter': z.looseObject({ resources: z.array(z.looseObject({})).optional() }).optional(),
});

/** The OSCAL models by their root member, and where Bunkai takes each (ja, en). */
const OTHER_MODELS: Record<string, { name: string; ja: string; en: string }> = {
  profile: {
    name: 'profile',
    ja: 'プロファイルはまだ取り込めません。解決済みのカタログ（resolved catalog）を取り込んでください',
    en: 'profiles cannot be imported yet; import the resolved catalog instead',
  },
  'component-definition': {
    name: 'component-definition',
    ja: 'コンポーネント定義は開示書として取り込む予定です（今後対応）',
    en: 'a component definition is a disclosure; importing disclosures is coming later',
  },
  'system-security-plan': {
    name: 'system-security-plan',
    ja: 'システムセキュリティ計画（SSP）はカタログとしては取り込めません。責任分界表から出力するものです',
    en: 'a system security plan is not importable as a catalog; Bunkai exports it from a responsibility matrix',
  },
  'assessment-plan': {
    name: 'assessment-plan',
    ja: 'アセスメント計画はカタログとしては取り込めません',
    en: 'an assessment plan is not importable as a catalog',
  },
  'assessment-results': {
    name: 'assessment-results',
    ja: 'アセスメント結果はカタログとしては取り込めません',
    en: 'assessment results are not importable as a catalog',
  },
  'plan-of-action-and-milestones': {
    name: 'plan-of-action-and-milestones',
    ja: 'POA&M はカタログとしては取り込めません',
    en: 'a plan of action and milestones is not importable as a catalog',
  },
};

/** A file-level issue when the document is an OSCAL model other than a catalog. */
function otherModelIssue(json: unknown): ImportResult<never> | null {
  if (typeof json !== 'object' || json === null || 'catalog' in json) return null;
  const root = Object.keys(OTHER_MODELS).find((k) => k in json);
  const model = root === undefined ? undefined : OTHER_MODELS[root];
  if (!model) return null;
  return fileIssue(
    `この OSCAL 文書は ${model.name} で、カタログではありません: ${model.ja}`,
    `This OSCAL document is a ${model.name}, not a catalog: ${model.en}`,
  );
}

export interface OscalImportOptions {
  /** Overrides for what foreign catalogs lack (a Bunkai code, a Japanese title…). */
  catalog?: Partial<z.input<typeof CatalogRef>>;
  version?: Partial<z.input<typeof VersionInfo>>;
}

function bunkaiProps(props: readonly PropIn[] | undefined, name: string): string[] {
  return (props ?? []).filter((p) => p.name === name && p.ns === BUNKAI_OSCAL_NS).map(propValue);
}

const TEXT_MAX = 10_000;

/** Statement prose with its items (`a.`, `1.` …) on indented lines, as NIST writes them. */
function statementText(
  parts: readonly PartIn[] | undefined,
  params: ReadonlyMap<string, ParamIn>,
): string {
  const render = (part: PartIn, depth: number): string[] => {
    const label = part.props?.find((p) => p.name === 'label' && p.ns === undefined)?.value;
    const prose = part.prose === undefined ? undefined : renderParams(part.prose.trim(), params);
    const text = [label, prose].filter((s) => s !== undefined && s !== '').join(' ');
    const lines = text === '' ? [] : [`${'  '.repeat(depth)}${text}`];
    for (const sub of part.parts ?? []) {
      if (sub.name === 'item') lines.push(...render(sub, text === '' ? depth : depth + 1));
    }
    return lines;
  };
  const text = (parts ?? [])
    .filter((p) => p.name === 'statement' && p.ns === undefined)
    .flatMap((p) => render(p, 0))
    .join('\n');
  return text.length > TEXT_MAX ? `${text.slice(0, TEXT_MAX - 1)}…` : text;
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

/** Every parameter of the document by id (enhancements insert their control's too). */
function paramsOf(roots: readonly NodeIn[]): Map<string, ParamIn> {
  const params = new Map<string, ParamIn>();
  const visit = (node: NodeIn) => {
    for (const p of node.params ?? []) if (!params.has(p.id)) params.set(p.id, p);
    [...(node.groups ?? []), ...(node.controls ?? [])].forEach(visit);
  };
  roots.forEach(visit);
  return params;
}

const isWithdrawn = (props: readonly PropIn[] | undefined) =>
  (props ?? []).some((p) => p.name === 'status' && p.ns === undefined && p.value === 'withdrawn');

function collect(
  groups: readonly NodeIn[],
  controls: readonly NodeIn[],
  params: ReadonlyMap<string, ParamIn>,
): Imported[] {
  const out: Imported[] = [];
  let unnamed = 0;
  const visit = (
    node: NodeIn,
    kind: RequirementKind,
    parentCode: string | null,
    siblingIndex: number,
  ) => {
    const all = (name: string) => bunkaiProps(node.props, name);
    const one = (name: string) => all(name)[0];
    const code = one('bunkai-code');
    const bunkai = code !== undefined;
    unnamed += node.id === undefined ? 1 : 0;
    const oscalId = node.id ?? `group-${unnamed}`;
    const english = node.parts?.find((p) => p.name === 'english' && p.ns === BUNKAI_OSCAL_NS);
    const statement = node.parts?.find((p) => p.name === 'statement' && p.ns === undefined);
    const foreignText = bunkai ? '' : statementText(node.parts, params);
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
        kind: bunkai ? (one('bunkai-kind') === 'group' ? 'group' : 'requirement') : kind,
        withdrawn: isWithdrawn(node.props),
        // The node's own members, checked by the model's OscalNode (which drops groups/controls).
        oscal: bunkai ? null : (node as unknown as OscalNode),
      },
    });
    visitAll(node.groups ?? [], node.controls ?? [], ownCode);
  };
  const visitAll = (gs: readonly NodeIn[], cs: readonly NodeIn[], parentCode: string | null) => {
    gs.forEach((child, i) => {
      visit(child, 'group', parentCode, i);
    });
    cs.forEach((child, i) => {
      visit(child, 'requirement', parentCode, gs.length + i);
    });
  };
  visitAll(groups, controls, null);
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
  const unreadable = jsonDocumentIssues(json);
  if (unreadable.length > 0) return { ok: false, issues: unreadable };
  const other = otherModelIssue(json);
  if (other) return other;
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
  const groups = parsed.data.groups ?? [];
  const controls = parsed.data.controls ?? [];
  const at = wrapped ? ['catalog'] : [];
  const tree = oscalTreeIssues(groups, controls, at);
  if (tree.length > 0) return { ok: false, issues: tree };
  const params = paramsOf([...groups, ...controls]);
  const overflow = expansionOverflow(oscalNodes(groups, controls, at), params);
  if (overflow) {
    const where = jsonPathLabel(overflow);
    return { ok: false, issues: [expansionIssue(null, where.column, where)] };
  }
  const { metadata } = parsed.data;
  const meta = (name: string) => bunkaiProps(metadata.props, name)[0];
  const bunkai = meta('bunkai-catalog-code') !== undefined;
  const nodes = collect(groups, controls, params);
  const { uuid, 'back-matter': backMatter } = parsed.data;
  const { groups: _g, controls: _c, ...ownMetadata } = metadata;
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
      // A foreign document comes back as it was; Bunkai's own export is rebuilt from its props.
      ...(bunkai || uuid === undefined
        ? {}
        : { oscal: { uuid, metadata: ownMetadata, backMatter: backMatter?.resources ?? null } }),
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
