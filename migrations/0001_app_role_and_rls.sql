-- Hand-written: the application role, the request-context helpers and forced RLS.
-- The application runs every request as `bunkai_app`: NOSUPERUSER, NOBYPASSRLS and not the
-- tables' owner, so the policies below bind it. In PGlite the server enters the role with
-- SET LOCAL ROLE per transaction; against PostgreSQL it logs in as it (see README).
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bunkai_app') THEN
    CREATE ROLE bunkai_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
CREATE SCHEMA IF NOT EXISTS app;
--> statement-breakpoint
-- The caller's context is set per transaction with set_config(..., true); unset reads as NULL,
-- so every policy fails closed.
CREATE OR REPLACE FUNCTION app.current_org() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog
  AS $$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app.current_user_id() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog
  AS $$ SELECT nullif(current_setting('app.user_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA app TO bunkai_app;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO bunkai_app;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.current_org(), app.current_user_id() TO bunkai_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE organization TO bunkai_app;
--> statement-breakpoint
ALTER TABLE organization ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE organization FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organization_self ON organization
  USING (id = (SELECT app.current_org()))
  WITH CHECK (id = (SELECT app.current_org()));
