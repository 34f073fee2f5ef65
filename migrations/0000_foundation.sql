CREATE TYPE "public"."hospital_size_class" AS ENUM('large_hospital', 'medium_hospital', 'small_hospital', 'clinic', 'pharmacy');--> statement-breakpoint
CREATE TYPE "public"."organization_kind" AS ENUM('hospital', 'vendor', 'coordinator');--> statement-breakpoint
CREATE TABLE "organization" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "organization_kind" NOT NULL,
	"name" text NOT NULL,
	"size_class" "hospital_size_class",
	"require_mfa_for_admins" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
