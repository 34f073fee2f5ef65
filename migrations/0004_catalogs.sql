CREATE TYPE "public"."catalog_version_status" AS ENUM('draft', 'published', 'retired');--> statement-breakpoint
CREATE TYPE "public"."crosswalk_relation" AS ENUM('equal', 'subset', 'superset', 'intersect', 'added', 'removed');--> statement-breakpoint
CREATE TYPE "public"."lifecycle_phase" AS ENUM('pre_contract', 'build', 'operate', 'incident', 'exit');--> statement-breakpoint
CREATE TYPE "public"."owner_side" AS ENUM('hospital', 'vendor', 'shared');--> statement-breakpoint
CREATE TYPE "public"."requirement_audience" AS ENUM('management', 'admin', 'staff', 'vendor');--> statement-breakpoint
ALTER TYPE "public"."organization_kind" ADD VALUE 'platform';--> statement-breakpoint
CREATE TABLE "catalog" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"code" text NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog_version" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"catalog_id" uuid NOT NULL,
	"label" text NOT NULL,
	"status" "catalog_version_status" DEFAULT 'draft' NOT NULL,
	"effective_date" date,
	"source" text,
	"notes" text,
	"content_hash" text NOT NULL,
	"published_at" timestamp with time zone,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crosswalk" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"from_version_id" uuid NOT NULL,
	"to_version_id" uuid NOT NULL,
	"content_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "crosswalk_entry" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"crosswalk_id" uuid NOT NULL,
	"from_code" text,
	"to_code" text,
	"relation" "crosswalk_relation" NOT NULL,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "requirement" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid,
	"catalog_version_id" uuid NOT NULL,
	"code" text NOT NULL,
	"parent_code" text,
	"position" integer NOT NULL,
	"sibling_order" integer NOT NULL,
	"title_ja" text NOT NULL,
	"title_en" text NOT NULL,
	"text_ja" text NOT NULL,
	"text_en" text NOT NULL,
	"audience" "requirement_audience"[] NOT NULL,
	"level" text,
	"facility_sizes" text[] NOT NULL,
	"default_owner" "owner_side",
	"phase" "lifecycle_phase",
	"checklist_refs" text[] NOT NULL,
	"unconfirmed" boolean NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog" ADD CONSTRAINT "catalog_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_version" ADD CONSTRAINT "catalog_version_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog_version" ADD CONSTRAINT "catalog_version_catalog_id_catalog_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalog"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_from_version_id_catalog_version_id_fk" FOREIGN KEY ("from_version_id") REFERENCES "public"."catalog_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk" ADD CONSTRAINT "crosswalk_to_version_id_catalog_version_id_fk" FOREIGN KEY ("to_version_id") REFERENCES "public"."catalog_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk_entry" ADD CONSTRAINT "crosswalk_entry_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "crosswalk_entry" ADD CONSTRAINT "crosswalk_entry_crosswalk_id_crosswalk_id_fk" FOREIGN KEY ("crosswalk_id") REFERENCES "public"."crosswalk"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requirement" ADD CONSTRAINT "requirement_catalog_version_id_catalog_version_id_fk" FOREIGN KEY ("catalog_version_id") REFERENCES "public"."catalog_version"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_scope_code_key" ON "catalog" USING btree (coalesce("organization_id", '00000000-0000-0000-0000-000000000000'::uuid),"code");--> statement-breakpoint
CREATE UNIQUE INDEX "catalog_version_label_key" ON "catalog_version" USING btree ("catalog_id","label");--> statement-breakpoint
CREATE INDEX "catalog_version_org_idx" ON "catalog_version" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "crosswalk_pair_key" ON "crosswalk" USING btree ("from_version_id","to_version_id");--> statement-breakpoint
CREATE INDEX "crosswalk_entry_from_idx" ON "crosswalk_entry" USING btree ("crosswalk_id","from_code");--> statement-breakpoint
CREATE INDEX "crosswalk_entry_to_idx" ON "crosswalk_entry" USING btree ("crosswalk_id","to_code");--> statement-breakpoint
CREATE UNIQUE INDEX "requirement_version_code_key" ON "requirement" USING btree ("catalog_version_id","code");--> statement-breakpoint
CREATE INDEX "requirement_version_position_idx" ON "requirement" USING btree ("catalog_version_id","position");--> statement-breakpoint
CREATE INDEX "requirement_org_idx" ON "requirement" USING btree ("organization_id");