import { z } from 'zod';
import {
  CrosswalkRelation,
  FacilitySize,
  LifecyclePhase,
  OwnerSide,
  RequirementAudience,
  RequirementKind,
  ServiceType,
  VersionStatus,
} from '@bunkai/model/schemas';

/**
 * The format-neutral shape of one catalog version and of a crosswalk: every importer produces it,
 * every exporter consumes it, and the database loader writes it. Codes are stable within a
 * catalog across versions wherever the meaning holds.
 */

const code = z
  .string()
  .trim()
  .min(1, 'コードは必須です / A code is required')
  .max(64, 'コードは64文字以内です / A code is at most 64 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._\-()/]*$/, {
    message:
      'コードに使えるのは英数字と . _ - ( ) / です / A code uses letters, digits and . _ - ( ) /',
  });

export const CatalogRef = z.object({
  /** e.g. `mhlw-gl`, `meti-mic-gl`, `mhlw-checklist-hospital`, `role-split-2024`. */
  code,
  titleJa: z.string().trim().min(1).max(300),
  titleEn: z.string().trim().min(1).max(300),
});
export type CatalogRef = z.infer<typeof CatalogRef>;

/*
 * OSCAL content kept verbatim for a faithful export. Only the members Bunkai understands are kept
 * (the OSCAL 1.0/1.1 catalog model's own), each bounded: an imported file is attacker-controlled.
 */
const oscalToken = z.string().min(1).max(200);
const oscalText = z.string().max(2000);
const oscalProse = z.string().max(100_000);
const oscalRemarks = oscalProse.optional();

export const OscalProp = z.object({
  name: oscalToken,
  uuid: z.string().max(64).optional(),
  ns: z.string().max(1000).optional(),
  value: oscalText,
  class: oscalToken.optional(),
  remarks: oscalRemarks,
});
export type OscalProp = z.infer<typeof OscalProp>;

export const OscalLink = z.object({
  href: z.string().min(1).max(2000),
  rel: oscalToken.optional(),
  'media-type': z.string().max(200).optional(),
  text: oscalText.optional(),
});
export type OscalLink = z.infer<typeof OscalLink>;

export interface OscalPart {
  id?: string | undefined;
  name: string;
  ns?: string | undefined;
  class?: string | undefined;
  title?: string | undefined;
  props?: OscalProp[] | undefined;
  prose?: string | undefined;
  parts?: OscalPart[] | undefined;
  links?: OscalLink[] | undefined;
}
export const OscalPart: z.ZodType<OscalPart> = z.lazy(() =>
  z.object({
    id: oscalToken.optional(),
    name: oscalToken,
    ns: z.string().max(1000).optional(),
    class: oscalToken.optional(),
    title: oscalText.optional(),
    props: z.array(OscalProp).max(200).optional(),
    prose: oscalProse.optional(),
    parts: z.array(OscalPart).max(500).optional(),
    links: z.array(OscalLink).max(500).optional(),
  }),
);

/**
 * The part names readers get a word for (SP 800-53's and 800-53A's, in OSCAL 1.0 and 1.1 spelling);
 * any other part is shown under its own title or name.
 */
export const OscalPartName = z.enum([
  'overview',
  'statement',
  'item',
  'guidance',
  'objective',
  'assessment-objective',
  'assessment',
  'assessment-method',
  'assessment-objects',
]);
export type OscalPartName = z.infer<typeof OscalPartName>;

/** The link relations readers get a word for (a withdrawn control's successors among them). */
export const OscalLinkRel = z.enum(['incorporated-into', 'moved-to', 'related', 'reference']);
export type OscalLinkRel = z.infer<typeof OscalLinkRel>;

export const OscalParam = z.object({
  id: oscalToken,
  class: oscalToken.optional(),
  'depends-on': oscalToken.optional(),
  props: z.array(OscalProp).max(200).optional(),
  links: z.array(OscalLink).max(200).optional(),
  label: oscalText.optional(),
  usage: oscalProse.optional(),
  constraints: z
    .array(
      z.object({
        description: oscalProse.optional(),
        tests: z
          .array(z.object({ expression: oscalText, remarks: oscalRemarks }))
          .max(50)
          .optional(),
      }),
    )
    .max(50)
    .optional(),
  guidelines: z
    .array(z.object({ prose: oscalProse }))
    .max(50)
    .optional(),
  values: z.array(oscalText).max(200).optional(),
  select: z
    .object({
      'how-many': z.enum(['one', 'one-or-more']).optional(),
      choice: z.array(oscalText).max(200).optional(),
    })
    .optional(),
  remarks: oscalRemarks,
});
export type OscalParam = z.infer<typeof OscalParam>;

/**
 * An OSCAL group's or control's own members; its children (`groups`, `controls`) are left out, as
 * the tree is carried by `parentCode` and `order`.
 */
export const OscalNode = z.object({
  id: oscalToken.optional(),
  class: oscalToken.optional(),
  title: oscalText,
  params: z.array(OscalParam).max(500).optional(),
  props: z.array(OscalProp).max(200).optional(),
  links: z.array(OscalLink).max(1000).optional(),
  parts: z.array(OscalPart).max(500).optional(),
});
export type OscalNode = z.infer<typeof OscalNode>;

// Members kept as they came (roles, parties, resources…): any JSON, bounded by its encoded size.
const boundedJson = (max: number) =>
  z.looseObject({}).refine((v) => JSON.stringify(v).length <= max, {
    message: `OSCAL の項目が大きすぎます（${max}文字まで） / The OSCAL member is too large (at most ${max} characters)`,
  });

/** The OSCAL document a version was imported from, less its groups and controls. */
export const OscalDocumentInfo = z.object({
  uuid: z.string().min(1).max(64),
  metadata: boundedJson(1_000_000).and(
    z.looseObject({
      title: oscalText,
      published: z.string().max(64).optional(),
      'last-modified': z.string().max(64),
      version: oscalText,
      'oscal-version': z.string().max(64),
    }),
  ),
  backMatter: z.array(boundedJson(1_000_000)).max(10_000).nullable().default(null),
});
export type OscalDocumentInfo = z.infer<typeof OscalDocumentInfo>;

export const VersionInfo = z.object({
  /** e.g. `6.0`, `FY2025`. */
  label: z.string().trim().min(1).max(40),
  status: VersionStatus.default('draft'),
  /** ISO date (YYYY-MM-DD). */
  effectiveDate: z.iso.date().nullable().default(null),
  source: z.string().trim().max(500).nullable().default(null),
  notes: z.string().trim().max(4000).nullable().default(null),
  /** Set when the version came from an OSCAL catalog: what its export gives back. */
  oscal: OscalDocumentInfo.optional(),
});
export type VersionInfo = z.infer<typeof VersionInfo>;

export const RequirementDoc = z.object({
  code,
  /** The enclosing section's code (a requirement of this same version), or null at the top. */
  parentCode: code.nullable().default(null),
  /** Position among its siblings. */
  order: z.number().int().min(0),
  titleJa: z
    .string()
    .trim()
    .min(1, 'タイトル（日本語）は必須です / The Japanese title is required')
    .max(500),
  titleEn: z.string().trim().max(500).default(''),
  textJa: z.string().trim().max(10_000).default(''),
  textEn: z.string().trim().max(10_000).default(''),
  audience: z.array(RequirementAudience).default([]),
  /** 5.2: A 制度上の要求事項 / C 最低限 / D 推奨; 6.0: 遵守事項; checklists: their own tiers. */
  level: z.string().trim().max(40).nullable().default(null),
  /** Facility sizes it applies to; empty = all. */
  facilitySizes: z.array(FacilitySize).default([]),
  /** Service types of the system it applies to; empty = all. */
  serviceTypes: z.array(ServiceType).default([]),
  defaultOwner: OwnerSide.nullable().default(null),
  phase: LifecyclePhase.nullable().default(null),
  /** Codes of related checklist items (free references across catalogs). */
  checklistRefs: z.array(z.string().trim().min(1).max(64)).default([]),
  /** True for content the domain brief marks (U) or maps only by inference: demo, not authority. */
  unconfirmed: z.boolean().default(false),
  /**
   * An OSCAL group (a section: never a matrix row) or a control/enhancement. Bundled catalogs mark
   * their section headings (no level and no default owner) as groups when loaded.
   */
  kind: RequirementKind.default('requirement'),
  /** Withdrawn (OSCAL status `withdrawn`): kept and shown, never offered for new matrix rows. */
  withdrawn: z.boolean().default(false),
  /** The OSCAL node it was imported from, for a faithful export; null for Bunkai's own content. */
  oscal: OscalNode.nullable().default(null),
});
export type RequirementDoc = z.infer<typeof RequirementDoc>;

export const CatalogVersionDoc = z
  .object({
    catalog: CatalogRef,
    version: VersionInfo,
    requirements: z.array(RequirementDoc),
  })
  .superRefine((doc, ctx) => {
    const codes = new Set<string>();
    doc.requirements.forEach((r, i) => {
      if (codes.has(r.code)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'code'],
          message: `コード ${r.code} が重複しています / Duplicate code ${r.code}`,
        });
      }
      codes.add(r.code);
    });
    doc.requirements.forEach((r, i) => {
      if (r.parentCode !== null && !codes.has(r.parentCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['requirements', i, 'parentCode'],
          message: `親コード ${r.parentCode} がありません / Parent ${r.parentCode} does not exist`,
        });
      }
    });
  });
export type CatalogVersionDoc = z.infer<typeof CatalogVersionDoc>;
export type CatalogVersionInput = z.input<typeof CatalogVersionDoc>;

export const VersionRef = z.object({ catalog: code, version: z.string().trim().min(1).max(40) });
export type VersionRef = z.infer<typeof VersionRef>;

export const CrosswalkEntry = z
  .object({
    /** Null only for `added`. */
    fromCode: code.nullable(),
    /** Null only for `removed`. */
    toCode: code.nullable(),
    relation: CrosswalkRelation,
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((e) => (e.relation === 'added') === (e.fromCode === null), {
    path: ['fromCode'],
    message: '追加（added）のときだけ移行元が空です / Only `added` has no source',
  })
  .refine((e) => (e.relation === 'removed') === (e.toCode === null), {
    path: ['toCode'],
    message: '削除（removed）のときだけ移行先が空です / Only `removed` has no target',
  });
export type CrosswalkEntry = z.infer<typeof CrosswalkEntry>;

export const CrosswalkDoc = z.object({
  from: VersionRef,
  to: VersionRef,
  entries: z.array(CrosswalkEntry),
});
export type CrosswalkDoc = z.infer<typeof CrosswalkDoc>;
export type CrosswalkInput = z.input<typeof CrosswalkDoc>;
