import { HOSPITAL_SIZE_CLASSES, ORGANIZATION_KINDS } from '@bunkai/model';
import { boolean, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 'platform': the one organization of the platform operators (publishes catalogs; its audit chain
// records their actions). Never offered at sign-up.
export const organizationKind = pgEnum('organization_kind', ORGANIZATION_KINDS);

export const hospitalSizeClass = pgEnum('hospital_size_class', HOSPITAL_SIZE_CLASSES);

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
