import { createHash } from 'node:crypto';
import oscalSspSchema from '../../schemas/oscal_ssp_schema-1.0.0.json' with { type: 'json' };
import {
  BUNKAI_OSCAL_NS,
  OSCAL_VERSION,
  type OscalProperty,
  type OscalSchemaError,
  bunkaiProperty,
  codeToOscalId,
  oscalSchemaValidator,
} from '../formats/oscal';
import { OWNER_LABELS, PHASE_LABELS, SERVICE_TYPE_LABELS, STATUS_LABELS } from './columns';
import type { MatrixFileDoc, MatrixFileRow, MatrixOwnerSide } from './model';

/**
 * The matrix of one system as an OSCAL 1.0.0 system security plan: each requirement with an owner
 * is an implemented requirement, carried `by-component` by the vendor's service (what it provides,
 * and in `export.responsibilities` what the hospital must do in turn) and by the hospital's own
 * policies and operations. UUIDs derive from a seed, so the same matrix exports the same document.
 */

interface ResponsibleRole {
  'role-id': string;
  'party-uuids'?: string[];
}

interface ImplementationStatus {
  state: 'implemented' | 'partial' | 'planned' | 'alternative' | 'not-applicable';
}

export interface OscalByComponent {
  'component-uuid': string;
  uuid: string;
  description: string;
  props?: OscalProperty[];
  'implementation-status'?: ImplementationStatus;
  export?: {
    description?: string;
    provided?: { uuid: string; description: string; 'responsible-roles'?: ResponsibleRole[] }[];
    responsibilities?: {
      uuid: string;
      'provided-uuid'?: string;
      description: string;
      'responsible-roles'?: ResponsibleRole[];
    }[];
  };
  'responsible-roles'?: ResponsibleRole[];
  remarks?: string;
}

export interface OscalImplementedRequirement {
  uuid: string;
  'control-id': string;
  props?: OscalProperty[];
  'responsible-roles'?: ResponsibleRole[];
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
    users: { uuid: string; title: string; description?: string; 'role-ids': string[] }[];
    components: SystemComponent[];
  };
  'control-implementation': {
    description: string;
    'implemented-requirements': OscalImplementedRequirement[];
  };
}

export interface OscalSspDocument {
  'system-security-plan': OscalSsp;
}

export interface MatrixSspOptions {
  /**
   * Seed of every UUID in the document. By default the hospital, vendor, system and catalog, so a
   * matrix keeps its UUIDs across exports; pass a stored per-matrix value to make them unique.
   */
  uuidSeed?: string;
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

/** The OSCAL control id for a code: lower case, then escaped to the token pattern. */
export function matrixControlId(code: string): string {
  return codeToOscalId(code.toLowerCase());
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

const NO_VENDOR_DUTY = '事業者の対応は記載されていません。';
const NO_HOSPITAL_DUTY = '医療機関の対応は記載されていません。';

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

function ownerRoles(owner: MatrixOwnerSide, parties: Record<'hospital' | 'vendor', string>) {
  const sides: ('hospital' | 'vendor')[] =
    owner === 'shared' ? ['hospital', 'vendor'] : owner === 'not_applicable' ? [] : [owner];
  return sides.map((side) => ({ 'role-id': ROLES[side].id, 'party-uuids': [parties[side]] }));
}

/**
 * Thrown by `renderMatrixSsp` for a matrix with no owner set on any row: OSCAL requires at least
 * one implemented requirement, and Bunkai does not invent one.
 */
export class EmptyMatrixSspError extends Error {
  readonly messages = {
    ja: '担当が設定された項目がないため、OSCAL SSP を書き出せません',
    en: 'No row has an owner yet, so there is nothing to export as an OSCAL SSP',
  };

  constructor() {
    super('No row of the matrix has an owner; an OSCAL SSP needs at least one');
    this.name = 'EmptyMatrixSspError';
  }
}

/**
 * The matrix of one system as an OSCAL 1.0.0 system security plan (a JSON-ready object). Throws
 * `EmptyMatrixSspError` when no row has an owner.
 */
export function renderMatrixSsp(
  doc: MatrixFileDoc,
  options: MatrixSspOptions = {},
): OscalSspDocument {
  const seed =
    options.uuidSeed ??
    JSON.stringify([doc.hospitalName, doc.vendorName, doc.systemName, doc.catalogCode]);
  const uuid = (path: string) => deterministicUuid(seed, path);
  const parties = { hospital: uuid('party/hospital'), vendor: uuid('party/vendor') };
  const components = {
    system: uuid('component/this-system'),
    vendor: uuid('component/vendor-service'),
    hospital: uuid('component/hospital-operations'),
  };
  const systemName = token(doc.systemName, 'システム');
  const serviceType = SERVICE_TYPE_LABELS[doc.serviceType];
  const catalogLine = `「${doc.catalogTitleJa}」${doc.versionLabel}`;

  const requirements = doc.rows.flatMap((row): OscalImplementedRequirement[] => {
    const owner = row.ownerSide;
    if (owner === null) return [];
    const path = `requirement/${row.code}`;
    const state = implementationState(row);
    const vendorDuty = row.vendorDuty.trim() === '' ? NO_VENDOR_DUTY : row.vendorDuty;
    const hospitalDuty = row.hospitalDuty.trim() === '' ? NO_HOSPITAL_DUTY : row.hospitalDuty;
    const byComponents: OscalByComponent[] = [];
    if (owner === 'vendor' || owner === 'shared') {
      const provided = uuid(`${path}/provided`);
      byComponents.push({
        'component-uuid': components.vendor,
        uuid: uuid(`${path}/vendor`),
        description: vendorDuty,
        'implementation-status': { state },
        export: {
          provided: [
            {
              uuid: provided,
              description: vendorDuty,
              'responsible-roles': ownerRoles('vendor', parties),
            },
          ],
          responsibilities: [
            {
              uuid: uuid(`${path}/responsibility`),
              'provided-uuid': provided,
              description: hospitalDuty,
              'responsible-roles': ownerRoles('hospital', parties),
            },
          ],
        },
      });
    }
    if (owner === 'hospital' || owner === 'shared') {
      byComponents.push({
        'component-uuid': components.hospital,
        uuid: uuid(`${path}/hospital`),
        description: hospitalDuty,
        'implementation-status': { state },
      });
    }
    if (owner === 'not_applicable') {
      byComponents.push({
        'component-uuid': components.system,
        uuid: uuid(`${path}/not-applicable`),
        description: `${systemName} には適用されません（対象外）。`,
        'implementation-status': { state },
      });
    }
    const roles = ownerRoles(owner, parties);
    return [
      {
        uuid: uuid(path),
        'control-id': matrixControlId(row.code),
        props: [
          bunkaiProperty('bunkai-code', row.code),
          bunkaiProperty('bunkai-owner-side', owner),
          bunkaiProperty('bunkai-owner-label', OWNER_LABELS[owner]),
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
        ...(roles.length > 0 ? { 'responsible-roles': roles } : {}),
        'by-components': byComponents,
        ...(row.titleJa.trim() === '' ? {} : { remarks: row.titleJa }),
      },
    ];
  });

  if (requirements.length === 0) throw new EmptyMatrixSspError();

  const ssp: OscalSsp = {
    uuid: uuid(`ssp/${doc.versionLabel}/${doc.exportedAt}`),
    metadata: {
      title: `責任分界表: ${doc.systemName} (${doc.hospitalName} × ${doc.vendorName})`,
      'last-modified': timestamp(doc.exportedAt),
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
      // Bunkai catalogs have no resolvable profile URL; the URN names the catalog version.
      href: `urn:bunkai:catalog:${encodeURIComponent(doc.catalogCode)}:${encodeURIComponent(doc.versionLabel)}`,
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
          description: `${doc.hospitalName} の ${doc.systemName}。`,
          status: { state: 'operational' },
        },
        {
          uuid: components.vendor,
          type: 'service',
          title: `${doc.vendorName} のサービス`,
          description: `${doc.vendorName} が提供する ${doc.systemName} のサービス（${serviceType}）。`,
          props: [bunkaiProperty('bunkai-service-type', doc.serviceType)],
          status: { state: 'operational' },
          'responsible-roles': ownerRoles('vendor', parties),
        },
        {
          uuid: components.hospital,
          type: 'policy',
          title: `${doc.hospitalName} の運用・規程`,
          description: `${doc.hospitalName} が自ら行う管理策（規程、体制、運用）。`,
          status: { state: 'operational' },
          'responsible-roles': ownerRoles('hospital', parties),
        },
      ],
    },
    'control-implementation': {
      description: `${catalogLine} の各項目について、医療機関と事業者のどちらが何を行うか（責任分界）を示す。担当が未設定の項目は含まない。`,
      'implemented-requirements': requirements,
    },
  };
  return { 'system-security-plan': ssp };
}

const sspValidator = oscalSchemaValidator(oscalSspSchema);

/** Checks a document against the official OSCAL 1.0.0 system-security-plan JSON schema. */
export function validateOscalSsp(json: unknown): OscalSchemaError[] {
  return sspValidator(json);
}
