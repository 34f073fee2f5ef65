CREATE TYPE "public"."evidence_kind" AS ENUM('disclosure_answer', 'document', 'contract_clause', 'sla_clause', 'link');--> statement-breakpoint
CREATE TYPE "public"."matrix_owner_side" AS ENUM('hospital', 'vendor', 'shared', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."matrix_row_status" AS ENUM('draft', 'proposed', 'agreed', 'disputed', 'needs_review');--> statement-breakpoint
CREATE TYPE "public"."workspace_side" AS ENUM('hospital', 'vendor');--> statement-breakpoint
CREATE TABLE "evidence_file" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"system_id" uuid NOT NULL,
	"catalog_version_id" uuid NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix_comment" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"author_user_id" uuid,
	"author_side" "workspace_side" NOT NULL,
	"body" text NOT NULL,
	"mentioned_user_ids" uuid[] DEFAULT '{}' NOT NULL,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix_row" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"matrix_id" uuid NOT NULL,
	"requirement_id" uuid NOT NULL,
	"requirement_code" text NOT NULL,
	"position" integer NOT NULL,
	"owner_side" "matrix_owner_side",
	"phase" "lifecycle_phase",
	"hospital_duty" text DEFAULT '' NOT NULL,
	"vendor_duty" text DEFAULT '' NOT NULL,
	"due_date" date,
	"status" "matrix_row_status" DEFAULT 'draft' NOT NULL,
	"last_action_side" "workspace_side",
	"hospital_confirmed_by" uuid,
	"hospital_confirmed_at" timestamp with time zone,
	"vendor_confirmed_by" uuid,
	"vendor_confirmed_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix_row_event" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"actor_side" "workspace_side" NOT NULL,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"occurred_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix_row_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"row_id" uuid NOT NULL,
	"kind" "evidence_kind" NOT NULL,
	"title" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"file_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matrix_snapshot" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workspace_id" uuid NOT NULL,
	"matrix_id" uuid NOT NULL,
	"content" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"row_count" integer NOT NULL,
	"hospital_signed_by" uuid,
	"hospital_signed_at" timestamp (3) with time zone,
	"vendor_signed_by" uuid,
	"vendor_signed_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_uploaded_by_app_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix" ADD CONSTRAINT "matrix_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix" ADD CONSTRAINT "matrix_system_id_medical_system_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."medical_system"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix" ADD CONSTRAINT "matrix_catalog_version_id_catalog_version_id_fk" FOREIGN KEY ("catalog_version_id") REFERENCES "public"."catalog_version"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix" ADD CONSTRAINT "matrix_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_comment" ADD CONSTRAINT "matrix_comment_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_comment" ADD CONSTRAINT "matrix_comment_row_id_matrix_row_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."matrix_row"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_comment" ADD CONSTRAINT "matrix_comment_author_user_id_app_user_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_matrix_id_matrix_id_fk" FOREIGN KEY ("matrix_id") REFERENCES "public"."matrix"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_requirement_id_requirement_id_fk" FOREIGN KEY ("requirement_id") REFERENCES "public"."requirement"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_hospital_confirmed_by_app_user_id_fk" FOREIGN KEY ("hospital_confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_vendor_confirmed_by_app_user_id_fk" FOREIGN KEY ("vendor_confirmed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row" ADD CONSTRAINT "matrix_row_updated_by_app_user_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_event" ADD CONSTRAINT "matrix_row_event_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_event" ADD CONSTRAINT "matrix_row_event_row_id_matrix_row_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."matrix_row"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_event" ADD CONSTRAINT "matrix_row_event_actor_user_id_app_user_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_evidence" ADD CONSTRAINT "matrix_row_evidence_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_evidence" ADD CONSTRAINT "matrix_row_evidence_row_id_matrix_row_id_fk" FOREIGN KEY ("row_id") REFERENCES "public"."matrix_row"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_evidence" ADD CONSTRAINT "matrix_row_evidence_file_id_evidence_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."evidence_file"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_row_evidence" ADD CONSTRAINT "matrix_row_evidence_created_by_app_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_snapshot" ADD CONSTRAINT "matrix_snapshot_workspace_id_workspace_id_fk" FOREIGN KEY ("workspace_id") REFERENCES "public"."workspace"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_snapshot" ADD CONSTRAINT "matrix_snapshot_matrix_id_matrix_id_fk" FOREIGN KEY ("matrix_id") REFERENCES "public"."matrix"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_snapshot" ADD CONSTRAINT "matrix_snapshot_hospital_signed_by_app_user_id_fk" FOREIGN KEY ("hospital_signed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matrix_snapshot" ADD CONSTRAINT "matrix_snapshot_vendor_signed_by_app_user_id_fk" FOREIGN KEY ("vendor_signed_by") REFERENCES "public"."app_user"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "evidence_file_workspace_idx" ON "evidence_file" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matrix_workspace_system_key" ON "matrix" USING btree ("workspace_id","system_id");--> statement-breakpoint
CREATE INDEX "matrix_system_idx" ON "matrix" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "matrix_comment_row_idx" ON "matrix_comment" USING btree ("row_id","created_at");--> statement-breakpoint
CREATE INDEX "matrix_comment_workspace_idx" ON "matrix_comment" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matrix_row_code_key" ON "matrix_row" USING btree ("matrix_id","requirement_code");--> statement-breakpoint
CREATE INDEX "matrix_row_position_idx" ON "matrix_row" USING btree ("matrix_id","position");--> statement-breakpoint
CREATE INDEX "matrix_row_workspace_idx" ON "matrix_row" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "matrix_row_event_row_idx" ON "matrix_row_event" USING btree ("row_id","occurred_at");--> statement-breakpoint
CREATE INDEX "matrix_row_event_workspace_idx" ON "matrix_row_event" USING btree ("workspace_id");--> statement-breakpoint
CREATE INDEX "matrix_row_evidence_row_idx" ON "matrix_row_evidence" USING btree ("row_id");--> statement-breakpoint
CREATE INDEX "matrix_row_evidence_workspace_idx" ON "matrix_row_evidence" USING btree ("workspace_id");--> statement-breakpoint
CREATE UNIQUE INDEX "matrix_snapshot_hash_key" ON "matrix_snapshot" USING btree ("matrix_id","content_hash");--> statement-breakpoint
CREATE INDEX "matrix_snapshot_workspace_idx" ON "matrix_snapshot" USING btree ("workspace_id");