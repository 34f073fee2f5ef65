CREATE TABLE "sign_up_request" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text NOT NULL,
	"password_hash" text NOT NULL,
	"locale" text NOT NULL,
	"organization" jsonb,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sign_up_request_email_idx" ON "sign_up_request" USING btree ("email");--> statement-breakpoint
-- A global identity table like password_reset (ADR-006): granted, not row-secured.
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE sign_up_request TO bunkai_app;
