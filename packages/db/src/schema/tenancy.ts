import {
  index,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  HOSPITAL_AUDIENCES,
  INVITATION_KINDS,
  MEMBERSHIP_ROLES,
  SERVICE_TYPES,
  SYSTEM_CATEGORIES,
} from '@bunkai/model';
import { appUser } from './identity';
import { organization } from './organization';

export const membershipRole = pgEnum('membership_role', MEMBERSHIP_ROLES);
export const hospitalAudience = pgEnum('hospital_audience', HOSPITAL_AUDIENCES);

export const membership = pgTable(
  'membership',
  {
    organizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    role: membershipRole().notNull(),
    /** Hospitals only: which guideline audience this person belongs to. */
    audience: hospitalAudience(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organizationId, t.userId] }),
    index('membership_user_idx').on(t.userId),
  ],
);

export const systemCategory = pgEnum('system_category', SYSTEM_CATEGORIES);
export const serviceType = pgEnum('service_type', SERVICE_TYPES);

/** 医療情報システム, owned by a hospital. */
export const medicalSystem = pgTable(
  'medical_system',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    name: text().notNull(),
    category: systemCategory().notNull(),
    serviceType: serviceType().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('medical_system_org_idx').on(t.organizationId, t.name)],
);

/** The shared space of one hospital and one vendor. */
export const workspace = pgTable(
  'workspace',
  {
    id: uuid().primaryKey().defaultRandom(),
    hospitalOrganizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    vendorOrganizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('workspace_pair_key').on(t.hospitalOrganizationId, t.vendorOrganizationId),
    index('workspace_vendor_idx').on(t.vendorOrganizationId),
  ],
);

export const workspaceSystem = pgTable(
  'workspace_system',
  {
    workspaceId: uuid()
      .notNull()
      .references(() => workspace.id, { onDelete: 'cascade' }),
    systemId: uuid()
      .notNull()
      .references(() => medicalSystem.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.systemId] }),
    index('workspace_system_system_idx').on(t.systemId),
  ],
);

export const invitationKind = pgEnum('invitation_kind', INVITATION_KINDS);

/**
 * An e-mailed, single-use invitation: a hospital inviting a vendor for some systems, or an
 * organization inviting a colleague. Only the token's hash is stored.
 */
export const invitation = pgTable(
  'invitation',
  {
    id: uuid().primaryKey().defaultRandom(),
    organizationId: uuid()
      .notNull()
      .references(() => organization.id, { onDelete: 'cascade' }),
    kind: invitationKind().notNull(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    /** Vendor invitations: the hospital's systems the workspace covers. */
    systemIds: uuid().array().notNull().default([]),
    /** Colleague invitations: the role and audience they join with. */
    role: membershipRole().notNull().default('member'),
    audience: hospitalAudience(),
    message: text(),
    invitedBy: uuid()
      .notNull()
      .references(() => appUser.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    lastSentAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => appUser.id),
    acceptedOrganizationId: uuid().references(() => organization.id),
    workspaceId: uuid().references(() => workspace.id),
    revokedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('invitation_org_idx').on(t.organizationId, t.createdAt),
    uniqueIndex('invitation_token_key').on(t.tokenHash),
  ],
);
