import { boolean, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 'platform': the one organization of the platform operators (publishes catalogs; its audit chain
// records their actions). Never offered at sign-up.
export const organizationKind = pgEnum('organization_kind', [
  'hospital',
  'vendor',
  'coordinator',
  'platform',
]);

export const hospitalSizeClass = pgEnum('hospital_size_class', [
  'large_hospital',
  'medium_hospital',
  'small_hospital',
  'clinic',
  'pharmacy',
]);

/** A tenant: a hospital, a vendor or a regional coordinator. */
export const organization = pgTable('organization', {
  id: uuid().primaryKey().defaultRandom(),
  kind: organizationKind().notNull(),
  name: text().notNull(),
  /** Only hospitals carry a size class. */
  sizeClass: hospitalSizeClass(),
  /** MFA is required for owners and admins unless the organization turns it off. */
  requireMfaForAdmins: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
