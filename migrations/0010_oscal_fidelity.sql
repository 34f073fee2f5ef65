CREATE TYPE "public"."requirement_kind" AS ENUM('group', 'requirement');--> statement-breakpoint
ALTER TABLE "catalog_version" ADD COLUMN "oscal" jsonb;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "kind" "requirement_kind" DEFAULT 'requirement' NOT NULL;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "withdrawn" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "requirement" ADD COLUMN "oscal" jsonb;--> statement-breakpoint
-- The platform's bundled versions mark their sections (no level, no default owner) as groups, as
-- the loader does; table grants and row policies cover the new columns as they are.
UPDATE "requirement" SET "kind" = 'group' WHERE "organization_id" IS NULL AND "level" IS NULL AND "default_owner" IS NULL;
