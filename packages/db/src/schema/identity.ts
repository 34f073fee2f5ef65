import {
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organization } from './organization';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => new Uint8Array(value),
});

/**
 * Identity tables are global (a person may belong to several organizations) and are read
 * before any tenant is known; only packages/auth touches them. See ADR-006.
 */
export const appUser = pgTable(
  'app_user',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Stored lower-cased; unique. */
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    locale: text().notNull().default('ja'),
    isPlatformOperator: boolean().notNull().default(false),
    /** Base32-free raw TOTP key; set once enrolment is confirmed. */
    totpKey: bytea(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last TOTP time step accepted: a code works once. */
    totpLastStep: integer(),
    disabledAt: timestamp({ withTimezone: true }),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('app_user_email_key').on(sql`lower(${t.email})`)],
);

export const userSession = pgTable(
  'user_session',
  {
    /** SHA-256 (hex) of the session token; the token itself is never stored. */
    id: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    activeOrganizationId: uuid().references(() => organization.id, { onDelete: 'set null' }),
    /** Null until the second factor is given (users with MFA enrolled). */
    mfaVerifiedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull(),
    /** Absolute lifetime end. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    ipAddress: text(),
    userAgent: text(),
  },
  (t) => [index('user_session_user_idx').on(t.userId)],
);

/** TOTP enrolment in progress: the key is kept until the first code confirms it. */
export const totpEnrolment = pgTable('totp_enrolment', {
  userId: uuid()
    .primaryKey()
    .references(() => appUser.id, { onDelete: 'cascade' }),
  key: bytea().notNull(),
  createdAt: timestamp({ withTimezone: true }).notNull(),
});

export const recoveryCode = pgTable(
  'recovery_code',
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    /** SHA-256 (hex) of the code. */
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('recovery_code_user_idx').on(t.userId)],
);

export const passwordReset = pgTable(
  'password_reset',
  {
    /** SHA-256 (hex) of the single-use token mailed to the user. */
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => appUser.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('password_reset_user_idx').on(t.userId)],
);

/**
 * A sign-up waiting for its mailed confirmation: nobody learns from the sign-up form whether an
 * address is registered, and an account exists only once its address is proven.
 */
export const signUpRequest = pgTable(
  'sign_up_request',
  {
    /** SHA-256 (hex) of the single-use token mailed to the address. */
    tokenHash: text().primaryKey(),
    email: text().notNull(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    locale: text().notNull(),
    /** The organization to create with the account (absent when accepting an invitation). */
    organization: jsonb(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sign_up_request_email_idx').on(t.email)],
);

/** One row per failed sign-in, counted per account and per IP over a sliding window. */
export const signInFailure = pgTable(
  'sign_in_failure',
  {
    id: uuid().primaryKey().defaultRandom(),
    /** `account:<email>` or `ip:<address>`. */
    key: text().notNull(),
    at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index('sign_in_failure_key_at_idx').on(t.key, t.at)],
);
