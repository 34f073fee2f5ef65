import {
  CROSSWALK_RELATIONS,
  LIFECYCLE_PHASES,
  OWNER_SIDES,
  REQUIREMENT_AUDIENCES,
  REQUIREMENT_KINDS,
  VERSION_STATUSES,
} from '@bunkai/model';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organization } from './organization';

/**
 * Guideline catalogs. `organization_id` null marks the platform's published catalogs (readable by
 * every signed-in user once not a draft); otherwise the catalog is private to its organization.
 * Child tables repeat `organization_id` so their row policies need no join.
 */
export const catalog = pgTable(
  'catalog',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    titleJa: text().notNull(),
    titleEn: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_scope_code_key').on(
      sql`coalesce(${t.organizationId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.code,
    ),
  ],
);

export const catalogVersionStatus = pgEnum('catalog_version_status', VERSION_STATUSES);

export const catalogVersion = pgTable(
  'catalog_version',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
    catalogId: uuid()
      .notNull()
      .references(() => catalog.id, { onDelete: 'cascade' }),
    label: text().notNull(),
    status: catalogVersionStatus().notNull().default('draft'),
    effectiveDate: date(),
    source: text(),
    notes: text(),
    /** The OSCAL document it came from (uuid, metadata, back matter), for a faithful export. */
    oscal: jsonb(),
    /** SHA-256 of the imported document: re-importing the same content changes nothing. */
    contentHash: text().notNull(),
    publishedAt: timestamp({ withTimezone: true }),
    retiredAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('catalog_version_label_key').on(t.catalogId, t.label),
    index('catalog_version_org_idx').on(t.organizationId),
  ],
);

export const requirementAudience = pgEnum('requirement_audience', REQUIREMENT_AUDIENCES);
export const ownerSide = pgEnum('owner_side', OWNER_SIDES);
export const lifecyclePhase = pgEnum('lifecycle_phase', LIFECYCLE_PHASES);

/** An OSCAL group (a section, never a matrix row) or a control/enhancement. */
export const requirementKind = pgEnum('requirement_kind', REQUIREMENT_KINDS);

export const requirement = pgTable(
  'requirement',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
    catalogVersionId: uuid()
      .notNull()
      .references(() => catalogVersion.id, { onDelete: 'cascade' }),
    code: text().notNull(),
    parentCode: text(),
    /** Document order across the whole version (depth-first), for tree listing and paging. */
    position: integer().notNull(),
    /** Order among siblings, as imported. */
    siblingOrder: integer().notNull(),
    titleJa: text().notNull(),
    titleEn: text().notNull(),
    textJa: text().notNull(),
    textEn: text().notNull(),
    audience: requirementAudience().array().notNull(),
    level: text(),
    facilitySizes: text().array().notNull(),
    /** Service types (on_premise, cloud, hybrid) the requirement applies to; empty = all. */
    serviceTypes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    defaultOwner: ownerSide(),
    phase: lifecyclePhase(),
    checklistRefs: text().array().notNull(),
    unconfirmed: boolean().notNull(),
    kind: requirementKind().notNull().default('requirement'),
    /** Withdrawn: kept and shown, never offered for new matrix rows. */
    withdrawn: boolean().notNull().default(false),
    /** The OSCAL node's own members, for a faithful export. */
    oscal: jsonb(),
  },
  (t) => [
    uniqueIndex('requirement_version_code_key').on(t.catalogVersionId, t.code),
    index('requirement_version_position_idx').on(t.catalogVersionId, t.position),
    index('requirement_org_idx').on(t.organizationId),
  ],
);

export const crosswalkRelation = pgEnum('crosswalk_relation', CROSSWALK_RELATIONS);

export const crosswalk = pgTable(
  'crosswalk',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
    fromVersionId: uuid()
      .notNull()
      .references(() => catalogVersion.id, { onDelete: 'cascade' }),
    toVersionId: uuid()
      .notNull()
      .references(() => catalogVersion.id, { onDelete: 'cascade' }),
    contentHash: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('crosswalk_pair_key').on(t.fromVersionId, t.toVersionId)],
);

export const crosswalkEntry = pgTable(
  'crosswalk_entry',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid().references(() => organization.id, { onDelete: 'cascade' }),
    crosswalkId: uuid()
      .notNull()
      .references(() => crosswalk.id, { onDelete: 'cascade' }),
    fromCode: text(),
    toCode: text(),
    relation: crosswalkRelation().notNull(),
    note: text(),
  },
  (t) => [
    index('crosswalk_entry_from_idx').on(t.crosswalkId, t.fromCode),
    index('crosswalk_entry_to_idx').on(t.crosswalkId, t.toCode),
  ],
);
