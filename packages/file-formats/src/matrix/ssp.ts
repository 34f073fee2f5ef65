import { createHash } from 'node:crypto';
import { z } from 'zod';
import oscalSspSchema from '../../schemas/oscal_ssp_schema-1.0.0.json' with { type: 'json' };
import {
  BUNKAI_OSCAL_NS,
  OSCAL_VERSION,
  type OscalProperty,
  type OscalSchemaError,
  bunkaiProperty,
  codeToOscalId,
  oscalSchemaValidator,
} from '../catalog/oscal';
import {
  SERVICE_TYPE_LABELS,
  sidesCarrying,
  type MatrixOwnerSide,
  type WorkspaceSide,
} from '@bunkai/model';
import { OWNER_LABELS, PHASE_LABELS, STATUS_LABELS } from './columns';
import type { MatrixFileDoc, MatrixFileRow } from './model';

/**
 * The matrix of one system as an OSCAL 1.0.0 system security plan, in OSCAL's leveraged
 * authorization model: the vendor's service is a leveraged system whose `by-component` exports
 * what it provides and (for shared rows) what the customer must do in turn; the hospital's system
 * (`this-system`) inherits what is provided and satisfies those responsibilities. Control and
 * statement ids and assigned parameter values are read from the catalog version's own OSCAL export,
 * which travels in the back matter as the resolved profile the SSP imports. UUIDs derive from a
 * seed, so the same matrix exports the same document.
 */

interface ResponsibleRole {
  'role-id': string;
  'party-uuids'?: string[];
}

interface ImplementationStatus {
  state: 'implemented' | 'partial' | 'planned' | 'alternative' | 'not-applicable';
}

interface Provided {
  uuid: string;
  description: string;
  'responsible-roles'?: ResponsibleRole[];
}

interface Responsibility extends Provided {
  'provided-uuid'?: string;
}

export interface OscalByComponent {
  'component-uuid': string;
  uuid: string;
  description: string;
  props?: OscalProperty[];
  'implementation-status'?: ImplementationStatus;
  export?: { provided?: Provided[]; responsibilities?: Responsibility[] };
  inherited?: { uuid: string; 'provided-uuid': string; description: string }[];
  satisfied?: { uuid: string; 'responsibility-uuid': string; description: string }[];
  'responsible-roles'?: ResponsibleRole[];
  remarks?: string;
}

export interface OscalSspStatement {
  'statement-id': string;
  uuid: string;
  'by-components': OscalByComponent[];
}

export interface OscalSetParameter {
  'param-id': string;
  values: string[];
}

export interface OscalImplementedRequirement {
  uuid: string;
  'control-id': string;
  props?: OscalProperty[];
  'set-parameters'?: OscalSetParameter[];
  'responsible-roles'?: ResponsibleRole[];
  statements?: OscalSspStatement[];
  'by-components'?: OscalByComponent[];
  remarks?: string;
}

interface Impact {
  base: string;
}

interface SystemComponent {
  uuid: string;
  type: string;
  title: string;
  description: string;
  props?: OscalProperty[];
  status: { state: 'operational' };
  'responsible-roles'?: ResponsibleRole[];
}

interface BackMatterResource {
  uuid: string;
  title: string;
  description: string;
  props: OscalProperty[];
  rlinks: { href: string; 'media-type': string }[];
  base64: { filename: string; 'media-type': string; value: string };
}

export interface OscalSsp {
  uuid: string;
  metadata: {
    title: string;
    'last-modified': string;
    version: string;
    'oscal-version': string;
    props: OscalProperty[];
    roles: { id: string; title: string; description?: string }[];
    parties: { uuid: string; type: 'organization'; name: string }[];
    'responsible-parties': { 'role-id': string; 'party-uuids': string[] }[];
  };
  'import-profile': { href: string; remarks?: string };
  'system-characteristics': {
    'system-ids': { 'identifier-type': string; id: string }[];
    'system-name': string;
    description: string;
    props: OscalProperty[];
    'security-sensitivity-level': string;
    'system-information': {
      'information-types': {
        uuid: string;
        title: string;
        description: string;
        'confidentiality-impact': Impact;
        'integrity-impact': Impact;
        'availability-impact': Impact;
      }[];
    };
    'security-impact-level': {
      'security-objective-confidentiality': string;
      'security-objective-integrity': string;
      'security-objective-availability': string;
    };
    status: { state: 'operational' };
    'authorization-boundary': { description: string };
  };
  'system-implementation': {
    'leveraged-authorizations': {
      uuid: string;
      title: string;
      'party-uuid': string;
      'date-authorized': string;
      remarks: string;
    }[];
    users: { uuid: string; title: string; description?: string; 'role-ids': string[] }[];
    components: SystemComponent[];
  };
  'control-implementation': {
    description: string;
    'implemented-requirements': OscalImplementedRequirement[];
  };
  'back-matter': { resources: BackMatterResource[] };
}

export interface OscalSspDocument {
  'system-security-plan': OscalSsp;
}

/** The catalog version's OSCAL export, as the catalog export writes it (file name and bytes). */
export interface SspCatalogFile {
  fileName: string;
  content: Uint8Array;
}

export interface MatrixSspOptions {
  /**
   * Seed of every UUID in the document. By default the hospital, vendor, system and catalog, so a
   * matrix keeps its UUIDs across exports; pass a stored per-matrix value to make them unique.
   */
  uuidSeed?: string;
  /** `metadata.last-modified`: when the matrix last changed; the export's time by default. */
  lastModified?: Date;
}

/** A v4-shaped UUID from SHA-256 of seed and path: reproducible, as the schema's pattern wants. */
export function deterministicUuid(seed: string, path: string): string {
  const hex = createHash('sha256').update(`${seed}\u0000${path}`).digest('hex').slice(0, 32);
  // Version nibble 4; variant bits 10xx in the first digit of the fourth group.
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `${variant}${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

// What the SSP reads of the catalog export: controls with their ids, statement parts and params.
const PropIn = z.looseObject({ name: z.string(), value: z.string(), ns: z.string().optional() });
const PartIn = z.looseObject({ id: z.string().optional(), name: z.string() });
const ParamIn = z.looseObject({ id: z.string(), values: z.array(z.string()).optional() });

interface ControlIn {
  id: string;
  props?: z.infer<typeof PropIn>[] | undefined;
  params?: z.infer<typeof ParamIn>[] | undefined;
  parts?: z.infer<typeof PartIn>[] | undefined;
  controls?: ControlIn[] | undefined;
}
interface GroupIn {
  groups?: GroupIn[] | undefined;
  controls?: ControlIn[] | undefined;
}
const ControlIn: z.ZodType<ControlIn> = z.lazy(() =>
  z.looseObject({
    id: z.string(),
    props: z.array(PropIn).optional(),
    params: z.array(ParamIn).optional(),
    parts: z.array(PartIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const GroupIn: z.ZodType<GroupIn> = z.lazy(() =>
  z.looseObject({
    groups: z.array(GroupIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
);
const CatalogIn = z.object({
  catalog: z.looseObject({
    uuid: z.string(),
    groups: z.array(GroupIn).optional(),
    controls: z.array(ControlIn).optional(),
  }),
});

interface CatalogControl {
  id: string;
  statementIds: string[];
  setParameters: OscalSetParameter[];
}

/** Every control of the catalog export by the Bunkai code it carries (else by its id). */
function catalogControls(file: SspCatalogFile): {
  uuid: string;
  byCode: Map<string, CatalogControl>;
} {
  const { catalog } = CatalogIn.parse(JSON.parse(new TextDecoder().decode(file.content)));
  const byCode = new Map<string, CatalogControl>();
  const visitControl = (control: ControlIn) => {
    const code =
      control.props?.find((p) => p.name === 'bunkai-code' && p.ns === BUNKAI_OSCAL_NS)?.value ??
      control.id;
    byCode.set(code, {
      id: control.id,
      statementIds: (control.parts ?? []).flatMap((p) =>
        p.name === 'statement' && p.id !== undefined ? [p.id] : [],
      ),
      setParameters: (control.params ?? []).flatMap((p) => {
        const values = (p.values ?? []).map((v) => token(v, '')).filter((v) => v !== '');
        return values.length > 0 ? [{ 'param-id': p.id, values }] : [];
      }),
    });
    control.controls?.forEach(visitControl);
  };
  const visitGroup = (group: GroupIn) => {
    group.groups?.forEach(visitGroup);
    group.controls?.forEach(visitControl);
  };
  visitGroup(catalog);
  return { uuid: catalog.uuid, byCode };
}

// The schema wants these one-line and trimmed (`^\S(.*\S)?$`).
function token(text: string, fallback: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line === '' ? fallback : line;
}

function timestamp(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? new Date(0).toISOString() : new Date(ms).toISOString();
}

// Agreed means both sides confirmed they carry their part; anything else is still a plan.
function implementationState(row: MatrixFileRow): ImplementationStatus['state'] {
  if (row.ownerSide === 'not_applicable') return 'not-applicable';
  return row.status === 'agreed' ? 'implemented' : 'planned';
}

/** The day the two last agreed on a row the vendor's service carries, else the export's day. */
function dateAuthorized(doc: MatrixFileDoc): string {
  const agreed = doc.rows.flatMap((r) =>
    r.status === 'agreed' && (r.ownerSide === 'vendor' || r.ownerSide === 'shared')
      ? [r.hospitalConfirmation?.at, r.vendorConfirmation?.at].flatMap((at) =>
          at === undefined ? [] : [timestamp(at)],
        )
      : [],
  );
  return (agreed.sort().at(-1) ?? timestamp(doc.exportedAt)).slice(0, 10);
}

const NO_VENDOR_DUTY = '事業者の対応は記載されていません。';
const NO_HOSPITAL_DUTY = '医療機関の対応は記載されていません。';
const OSCAL_CATALOG_MEDIA_TYPE = 'application/oscal.catalog+json';

const ROLES = {
  hospital: {
    id: 'hospital',
    title: '医療機関',
    description: '医療情報システムを利用する医療機関等',
  },
  vendor: {
    id: 'vendor',
    title: '事業者',
    description: '医療情報システム・サービスを提供する事業者',
  },
} as const;

function ownerRoles(owner: MatrixOwnerSide, parties: Record<WorkspaceSide, string>) {
  return sidesCarrying(owner).map((side) => ({
    'role-id': ROLES[side].id,
    'party-uuids': [parties[side]],
  }));
}

/** Thrown by `renderMatrixSsp` for a matrix without rows: OSCAL wants one implemented requirement. */
export class EmptyMatrixSspError extends Error {
  readonly messages = {
    ja: '項目がないため、OSCAL SSP を書き出せません',
    en: 'The matrix has no rows, so there is nothing to export as an OSCAL SSP',
  };

  constructor() {
    super('The matrix has no rows; an OSCAL SSP needs at least one implemented requirement');
    this.name = 'EmptyMatrixSspError';
  }
}

/**
 * The matrix of one system as an OSCAL 1.0.0 system security plan (a JSON-ready object), against
 * its catalog version's OSCAL export. Throws `EmptyMatrixSspError` when the matrix has no rows.
 */
export function renderMatrixSsp(
  doc: MatrixFileDoc,
  catalogFile: SspCatalogFile,
  options: MatrixSspOptions = {},
): OscalSspDocument {
  if (doc.rows.length === 0) throw new EmptyMatrixSspError();
  const seed =
    options.uuidSeed ??
    JSON.stringify([doc.hospitalName, doc.vendorName, doc.systemName, doc.catalogCode]);
  const uuid = (path: string) => deterministicUuid(seed, path);
  const catalog = catalogControls(catalogFile);
  const parties = { hospital: uuid('party/hospital'), vendor: uuid('party/vendor') };
  const components = {
    system: uuid('component/this-system'),
    vendor: uuid('component/vendor-service'),
  };
  const leveraged = uuid('leveraged-authorization/vendor-service');
  const profile = uuid('resource/catalog');
  const systemName = token(doc.systemName, 'システム');
  const serviceType = SERVICE_TYPE_LABELS[doc.serviceType].ja;
  const catalogLine = `「${doc.catalogTitleJa}」${doc.versionLabel}`;

  /** The two components' parts of one row, for one statement (or the whole control). */
  const byComponents = (row: MatrixFileRow, path: string): OscalByComponent[] => {
    const owner = row.ownerSide;
    const state = { state: implementationState(row) };
    const vendorDuty = row.vendorDuty.trim() === '' ? NO_VENDOR_DUTY : row.vendorDuty;
    const hospitalDuty = row.hospitalDuty.trim() === '' ? NO_HOSPITAL_DUTY : row.hospitalDuty;
    if (owner === null || owner === 'not_applicable') {
      return [
        {
          'component-uuid': components.system,
          uuid: uuid(`${path}/this-system`),
          description:
            owner === null
              ? '担当（医療機関・事業者）はまだ決まっていません。'
              : `${systemName} には適用されません（対象外）。`,
          'implementation-status': state,
        },
      ];
    }
    if (owner === 'hospital') {
      return [
        {
          'component-uuid': components.system,
          uuid: uuid(`${path}/this-system`),
          description: hospitalDuty,
          'implementation-status': state,
          'responsible-roles': ownerRoles('hospital', parties),
        },
      ];
    }
    const provided = uuid(`${path}/provided`);
    const responsibility = uuid(`${path}/responsibility`);
    const shared = owner === 'shared';
    return [
      {
        'component-uuid': components.vendor,
        uuid: uuid(`${path}/vendor-service`),
        description: vendorDuty,
        'implementation-status': state,
        export: {
          provided: [
            {
              uuid: provided,
              description: vendorDuty,
              'responsible-roles': ownerRoles('vendor', parties),
            },
          ],
          // The customer's part exists only where the row is shared.
          ...(shared
            ? {
                responsibilities: [
                  {
                    uuid: responsibility,
                    'provided-uuid': provided,
                    description: hospitalDuty,
                    'responsible-roles': ownerRoles('hospital', parties),
                  },
                ],
              }
            : {}),
        },
        'responsible-roles': ownerRoles('vendor', parties),
      },
      {
        'component-uuid': components.system,
        uuid: uuid(`${path}/this-system`),
        description: shared ? hospitalDuty : `${doc.vendorName} のサービスから継承する。`,
        'implementation-status': state,
        inherited: [
          { uuid: uuid(`${path}/inherited`), 'provided-uuid': provided, description: vendorDuty },
        ],
        ...(shared
          ? {
              satisfied: [
                {
                  uuid: uuid(`${path}/satisfied`),
                  'responsibility-uuid': responsibility,
                  description: hospitalDuty,
                },
              ],
              'responsible-roles': ownerRoles('hospital', parties),
            }
          : {}),
      },
    ];
  };

  const requirements = doc.rows.map((row): OscalImplementedRequirement => {
    const owner = row.ownerSide;
    const path = `requirement/${row.code}`;
    const control = catalog.byCode.get(row.code);
    const statementIds = control?.statementIds ?? [];
    const roles = owner === null ? [] : ownerRoles(owner, parties);
    return {
      uuid: uuid(path),
      'control-id': control?.id ?? codeToOscalId(row.code),
      props: [
        bunkaiProperty('bunkai-code', row.code),
        ...(owner === null
          ? []
          : [
              bunkaiProperty('bunkai-owner-side', owner),
              bunkaiProperty('bunkai-owner-label', OWNER_LABELS[owner]),
            ]),
        ...(row.phase === null
          ? []
          : [
              bunkaiProperty('bunkai-phase', row.phase),
              bunkaiProperty('bunkai-phase-label', PHASE_LABELS[row.phase]),
            ]),
        bunkaiProperty('bunkai-status', row.status),
        bunkaiProperty('bunkai-status-label', STATUS_LABELS[row.status]),
        ...(row.dueDate === null ? [] : [bunkaiProperty('bunkai-due-date', row.dueDate)]),
        ...(row.unconfirmed ? [bunkaiProperty('bunkai-unconfirmed', 'true')] : []),
      ],
      ...(control && control.setParameters.length > 0
        ? { 'set-parameters': control.setParameters }
        : {}),
      ...(roles.length > 0 ? { 'responsible-roles': roles } : {}),
      // At statement level where the control has statements, else for the control as a whole.
      ...(statementIds.length > 0
        ? {
            statements: statementIds.map((id) => ({
              'statement-id': id,
              uuid: uuid(`${path}/statement/${id}`),
              'by-components': byComponents(row, `${path}/statement/${id}`),
            })),
          }
        : { 'by-components': byComponents(row, path) }),
      ...(row.titleJa.trim() === '' ? {} : { remarks: row.titleJa }),
    };
  });

  const catalogBytes = Buffer.from(catalogFile.content);
  const content = createHash('sha256')
    .update(JSON.stringify({ ...doc, exportedAt: null }))
    .digest('hex');
  const ssp: OscalSsp = {
    // A new revision of the plan when the matrix changes, the same one otherwise.
    uuid: uuid(`ssp/${content}`),
    metadata: {
      title: `責任分界表: ${doc.systemName} (${doc.hospitalName} × ${doc.vendorName})`,
      'last-modified': options.lastModified?.toISOString() ?? timestamp(doc.exportedAt),
      version: token(doc.versionLabel, '1'),
      'oscal-version': OSCAL_VERSION,
      props: [
        bunkaiProperty('bunkai-catalog-code', doc.catalogCode),
        bunkaiProperty('bunkai-catalog-title', doc.catalogTitleJa),
        bunkaiProperty('bunkai-catalog-title-en', doc.catalogTitleEn),
        bunkaiProperty('bunkai-version-label', doc.versionLabel),
      ],
      roles: [ROLES.hospital, ROLES.vendor],
      parties: [
        { uuid: parties.hospital, type: 'organization', name: token(doc.hospitalName, '医療機関') },
        { uuid: parties.vendor, type: 'organization', name: token(doc.vendorName, '事業者') },
      ],
      'responsible-parties': [
        { 'role-id': ROLES.hospital.id, 'party-uuids': [parties.hospital] },
        { 'role-id': ROLES.vendor.id, 'party-uuids': [parties.vendor] },
      ],
    },
    'import-profile': {
      // The catalog version, embedded in the back matter: the resolved profile of this plan.
      href: `#${profile}`,
      remarks: catalogLine,
    },
    'system-characteristics': {
      'system-ids': [{ 'identifier-type': BUNKAI_OSCAL_NS, id: uuid('system') }],
      'system-name': systemName,
      description: `${doc.hospitalName} の ${doc.systemName}（${serviceType}、${doc.vendorName} 提供）について、${catalogLine} に基づき医療機関と事業者の役割分担を定めた責任分界表。`,
      props: [bunkaiProperty('bunkai-service-type', doc.serviceType)],
      // Medical records are special-care personal information (要配慮個人情報): a default that the
      // hospital's own risk assessment may lower, never a Bunkai judgement about this system.
      'security-sensitivity-level': 'high',
      'system-information': {
        'information-types': [
          {
            uuid: uuid('information-type/medical'),
            title: '医療情報',
            description:
              '患者の診療に関する情報（要配慮個人情報）。電子カルテ、検査・画像、レセプト等を含む。',
            'confidentiality-impact': { base: 'fips-199-high' },
            'integrity-impact': { base: 'fips-199-high' },
            'availability-impact': { base: 'fips-199-moderate' },
          },
        ],
      },
      'security-impact-level': {
        'security-objective-confidentiality': 'fips-199-high',
        'security-objective-integrity': 'fips-199-high',
        'security-objective-availability': 'fips-199-moderate',
      },
      status: { state: 'operational' },
      'authorization-boundary': {
        description: `${doc.systemName} と、それを支える ${doc.vendorName} のサービス（${serviceType}）、および ${doc.hospitalName} の運用・規程。`,
      },
    },
    'system-implementation': {
      'leveraged-authorizations': [
        {
          uuid: leveraged,
          title: `${doc.vendorName} のサービス（${serviceType}）`,
          'party-uuid': parties.vendor,
          'date-authorized': dateAuthorized(doc),
          remarks: `${doc.hospitalName} と ${doc.vendorName} が責任分界表で合意した日。`,
        },
      ],
      users: [
        {
          uuid: uuid('user/hospital'),
          title: `${doc.hospitalName} の職員`,
          description: 'システムを利用し、医療機関側の対応を行う。',
          'role-ids': [ROLES.hospital.id],
        },
        {
          uuid: uuid('user/vendor'),
          title: `${doc.vendorName} の担当者`,
          description: 'サービスを提供・保守し、事業者側の対応を行う。',
          'role-ids': [ROLES.vendor.id],
        },
      ],
      components: [
        {
          uuid: components.system,
          type: 'this-system',
          title: systemName,
          description: `${doc.hospitalName} の ${doc.systemName}（医療機関の運用・規程を含む）。`,
          status: { state: 'operational' },
          'responsible-roles': ownerRoles('hospital', parties),
        },
        {
          uuid: components.vendor,
          type: 'service',
          title: `${doc.vendorName} のサービス`,
          description: `${doc.vendorName} が提供する ${doc.systemName} のサービス（${serviceType}）。`,
          props: [
            { name: 'leveraged-authorization-uuid', value: leveraged },
            bunkaiProperty('bunkai-service-type', doc.serviceType),
          ],
          status: { state: 'operational' },
          'responsible-roles': ownerRoles('vendor', parties),
        },
      ],
    },
    'control-implementation': {
      description: `${catalogLine} の各項目について、医療機関と事業者のどちらが何を行うか（責任分界）を示す。`,
      'implemented-requirements': requirements,
    },
    'back-matter': {
      resources: [
        {
          uuid: profile,
          title: catalogLine,
          description: `この SSP が取り込むカタログ（${doc.catalogTitleEn} ${doc.versionLabel}）の OSCAL 書き出し。`,
          props: [
            bunkaiProperty('bunkai-catalog-code', doc.catalogCode),
            bunkaiProperty('bunkai-version-label', doc.versionLabel),
            bunkaiProperty('bunkai-catalog-uuid', catalog.uuid),
          ],
          rlinks: [{ href: catalogFile.fileName, 'media-type': OSCAL_CATALOG_MEDIA_TYPE }],
          base64: {
            filename: catalogFile.fileName,
            'media-type': OSCAL_CATALOG_MEDIA_TYPE,
            value: catalogBytes.toString('base64'),
          },
        },
      ],
    },
  };
  return { 'system-security-plan': ssp };
}

const sspValidator = oscalSchemaValidator(oscalSspSchema);

/** Checks a document against the official OSCAL 1.0.0 system-security-plan JSON schema. */
export function validateOscalSsp(json: unknown): OscalSchemaError[] {
  return sspValidator(json);
}
