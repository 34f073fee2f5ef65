import {
  customType,
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
import { EVIDENCE_KINDS, MATRIX_OWNER_SIDES, ROW_STATUSES, WORKSPACE_SIDES } from '@bunkai/model';
import { catalogVersion, lifecyclePhase, requirement } from './catalogs';
import { appUser } from './identity';
import { medicalSystem, workspace } from './tenancy';

/**
 * The responsibility-split matrix (責任分界表) of one workspace × system against one catalog
 * version. Every table repeats `workspace_id` so its row policy (both parties of the workspace)
 * needs no join.
 */

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const workspaceSide = pgEnum('workspace_side', WORKSPACE_SIDES);
export const matrixOwnerSide = pgEnum('matrix_owner_side', MATRIX_OWNER_SIDES);
export const matrixRowStatus = pgEnum('matrix_row_status', ROW_STATUSES);
export const evidenceKind = pgEnum('evidence_kind', EVIDENCE_KINDS);

export const matrix = pgTable(
  'matrix',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    systemId: uuid()
      .notNull()
      .references(() => medicalSystem.id, { onDelete: 'cascade' }),
    catalogVersionId: uuid()
      .notNull()
      .references(() => catalogVersion.id, { onDelete: 'restrict' }),
    createdBy: uuid().references(() => appUser.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matrix_workspace_system_key').on(t.workspaceId, t.systemId),
    index('matrix_system_idx').on(t.systemId),
  ],
);

export const matrixRow = pgTable(
  'matrix_row',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    matrixId: uuid()
      .notNull()
      .references(() => matrix.id, { onDelete: 'cascade' }),
    requirementId: uuid()
      .notNull()
      .references(() => requirement.id, { onDelete: 'restrict' }),
    requirementCode: text().notNull(),
    /** The requirement's document order, copied so the grid sorts without a join. */
    position: integer().notNull(),
    ownerSide: matrixOwnerSide(),
    phase: lifecyclePhase(),
    hospitalDuty: text().notNull().default(''),
    vendorDuty: text().notNull().default(''),
    dueDate: date(),
    status: matrixRowStatus().notNull().default('draft'),
    /** The side that last proposed or disputed: the other side is the one awaited. */
    lastActionSide: workspaceSide(),
    hospitalConfirmedBy: uuid().references(() => appUser.id),
    hospitalConfirmedAt: timestamp({ withTimezone: true }),
    vendorConfirmedBy: uuid().references(() => appUser.id),
    vendorConfirmedAt: timestamp({ withTimezone: true }),
    /** Bumped by every change: an edit based on an older revision is a conflict. */
    revision: integer().notNull().default(1),
    updatedBy: uuid().references(() => appUser.id),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('matrix_row_code_key').on(t.matrixId, t.requirementCode),
    index('matrix_row_position_idx').on(t.matrixId, t.position),
    index('matrix_row_workspace_idx').on(t.workspaceId),
  ],
);

/** An uploaded evidence document. Kept in the database so row security and backups cover it. */
export const evidenceFile = pgTable(
  'evidence_file',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    fileName: text().notNull(),
    mediaType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedBy: uuid().references(() => appUser.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('evidence_file_workspace_idx').on(t.workspaceId)],
);

export const matrixRowEvidence = pgTable(
  'matrix_row_evidence',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    rowId: uuid()
      .notNull()
      .references(() => matrixRow.id, { onDelete: 'cascade' }),
    kind: evidenceKind().notNull(),
    title: text().notNull(),
    reference: text().notNull().default(''),
    fileId: uuid().references(() => evidenceFile.id, { onDelete: 'restrict' }),
    createdBy: uuid().references(() => appUser.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('matrix_row_evidence_row_idx').on(t.rowId),
    index('matrix_row_evidence_workspace_idx').on(t.workspaceId),
  ],
);

/** A row's history: every change, who made it and from which side, old → new per field. */
export const matrixRowEvent = pgTable(
  'matrix_row_event',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    rowId: uuid()
      .notNull()
      .references(() => matrixRow.id, { onDelete: 'cascade' }),
    actorUserId: uuid().references(() => appUser.id),
    actorSide: workspaceSide().notNull(),
    action: text().notNull(),
    changes: jsonb().notNull(),
    occurredAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('matrix_row_event_row_idx').on(t.rowId, t.occurredAt),
    index('matrix_row_event_workspace_idx').on(t.workspaceId),
  ],
);

export const matrixComment = pgTable(
  'matrix_comment',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    rowId: uuid()
      .notNull()
      .references(() => matrixRow.id, { onDelete: 'cascade' }),
    authorUserId: uuid().references(() => appUser.id),
    authorSide: workspaceSide().notNull(),
    body: text().notNull(),
    mentionedUserIds: uuid().array().notNull().default([]),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('matrix_comment_row_idx').on(t.rowId, t.createdAt),
    index('matrix_comment_workspace_idx').on(t.workspaceId),
  ],
);

/**
 * The whole matrix as both parties signed it: the canonical content and its SHA-256. A snapshot
 * signed by one side waits for the other; any change to the matrix makes a new one necessary.
 */
export const matrixSnapshot = pgTable(
  'matrix_snapshot',
  {
    id: uuid().primaryKey().defaultRandom(),
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    matrixId: uuid()
      .notNull()
      .references(() => matrix.id, { onDelete: 'cascade' }),
    content: jsonb().notNull(),
    contentHash: text().notNull(),
    rowCount: integer().notNull(),
    hospitalSignedBy: uuid().references(() => appUser.id),
    hospitalSignedAt: timestamp({ withTimezone: true, precision: 3 }),
    vendorSignedBy: uuid().references(() => appUser.id),
    vendorSignedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    uniqueIndex('matrix_snapshot_hash_key').on(t.matrixId, t.contentHash),
    index('matrix_snapshot_workspace_idx').on(t.workspaceId),
  ],
);
