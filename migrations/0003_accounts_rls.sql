-- Hand-written: who sees what for accounts, systems, invitations, workspaces and the audit log.
-- Tenant tables: RLS enabled and forced; policies compare indexed columns with (SELECT …)-wrapped
-- helpers so each is evaluated once per statement. Identity tables (app_user, user_session,
-- totp_enrolment, recovery_code, password_reset, sign_in_failure) are global and read before a
-- tenant is known (ADR-006): granted, not row-secured.

CREATE OR REPLACE FUNCTION app.current_invitation_token_hash() RETURNS text
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog
  AS $$ SELECT nullif(current_setting('app.invitation_token_hash', true), '') $$;
--> statement-breakpoint
-- Runs as the caller, so the workspace policy below decides which ids come back.
CREATE OR REPLACE FUNCTION app.my_workspaces() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, public
  AS $$ SELECT coalesce(array_agg(id), '{}') FROM public.workspace $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app.my_partner_organizations() RETURNS uuid[]
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog, public
  AS $$
    SELECT coalesce(array_agg(DISTINCT o), '{}')
    FROM public.workspace w, LATERAL (VALUES (w.hospital_organization_id), (w.vendor_organization_id)) AS v(o)
  $$;
--> statement-breakpoint
-- The audit chain head of any organization, so a shared action (a vendor accepting a hospital's
-- invitation) can be appended to the other party's chain without reading its events. Owned by
-- bunkai_auditor, which cannot bypass RLS and is granted only this one policy.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'bunkai_auditor') THEN
    CREATE ROLE bunkai_auditor NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA app, public TO bunkai_auditor;
--> statement-breakpoint
GRANT SELECT ON TABLE audit_event TO bunkai_auditor;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION app.audit_chain_head(org uuid, OUT seq bigint, OUT hash text)
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER
  SET search_path = pg_catalog, public
  AS $$
  BEGIN
    -- Serializes appends per organization until the transaction ends.
    PERFORM pg_advisory_xact_lock(hashtextextended(org::text, 7));
    SELECT e.seq, e.hash INTO seq, hash
      FROM public.audit_event e WHERE e.organization_id = org ORDER BY e.seq DESC LIMIT 1;
    seq := coalesce(seq, 0);
    hash := coalesce(hash, repeat('0', 64));
  END
  $$;
--> statement-breakpoint
ALTER FUNCTION app.audit_chain_head(uuid) OWNER TO bunkai_auditor;
--> statement-breakpoint
REVOKE ALL ON FUNCTION app.audit_chain_head(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.current_invitation_token_hash(), app.my_workspaces(),
  app.my_partner_organizations(), app.audit_chain_head(uuid) TO bunkai_app;
--> statement-breakpoint

GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE app_user, user_session, totp_enrolment,
  recovery_code, password_reset, sign_in_failure TO bunkai_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE membership, medical_system, workspace,
  workspace_system, invitation TO bunkai_app;
--> statement-breakpoint
-- Append-only: no UPDATE or DELETE for the application.
GRANT SELECT, INSERT ON TABLE audit_event TO bunkai_app;
--> statement-breakpoint

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE medical_system ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE medical_system FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace_system ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE workspace_system FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitation ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE invitation FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE audit_event FORCE ROW LEVEL SECURITY;
--> statement-breakpoint

-- organization: its own members, the organizations they belong to, workspace partners, and the
-- inviter of an invitation whose token the caller holds.
CREATE POLICY organization_of_my_memberships ON organization FOR SELECT TO bunkai_app
  USING (id IN (SELECT m.organization_id FROM membership m WHERE m.user_id = (SELECT app.current_user_id())));
--> statement-breakpoint
CREATE POLICY organization_partner ON organization FOR SELECT TO bunkai_app
  USING (id = ANY ((SELECT app.my_partner_organizations())::uuid[]));
--> statement-breakpoint
CREATE POLICY organization_inviter ON organization FOR SELECT TO bunkai_app
  USING (id IN (SELECT i.organization_id FROM invitation i));
--> statement-breakpoint

CREATE POLICY membership_org ON membership
  USING (organization_id = (SELECT app.current_org()))
  WITH CHECK (organization_id = (SELECT app.current_org()));
--> statement-breakpoint
CREATE POLICY membership_own ON membership FOR SELECT
  USING (user_id = (SELECT app.current_user_id()));
--> statement-breakpoint

CREATE POLICY medical_system_org ON medical_system
  USING (organization_id = (SELECT app.current_org()))
  WITH CHECK (organization_id = (SELECT app.current_org()));
--> statement-breakpoint
CREATE POLICY medical_system_in_my_workspace ON medical_system FOR SELECT
  USING (id IN (SELECT ws.system_id FROM workspace_system ws));
--> statement-breakpoint
-- The systems named in an invitation the caller can see (its recipient, holding the token).
CREATE POLICY medical_system_invited ON medical_system FOR SELECT
  USING (id IN (SELECT unnest(i.system_ids) FROM invitation i));
--> statement-breakpoint

CREATE POLICY workspace_party ON workspace
  USING ((SELECT app.current_org()) IN (hospital_organization_id, vendor_organization_id))
  WITH CHECK ((SELECT app.current_org()) IN (hospital_organization_id, vendor_organization_id));
--> statement-breakpoint

CREATE POLICY workspace_system_party ON workspace_system
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint

CREATE POLICY invitation_org ON invitation
  USING (organization_id = (SELECT app.current_org()))
  WITH CHECK (organization_id = (SELECT app.current_org()));
--> statement-breakpoint
-- The recipient sees (and may mark accepted) only the invitation whose token they hold.
CREATE POLICY invitation_token_holder ON invitation FOR SELECT
  USING (token_hash = (SELECT app.current_invitation_token_hash()));
--> statement-breakpoint
CREATE POLICY invitation_token_holder_accept ON invitation FOR UPDATE
  USING (token_hash = (SELECT app.current_invitation_token_hash()))
  WITH CHECK (token_hash = (SELECT app.current_invitation_token_hash()));
--> statement-breakpoint

CREATE POLICY audit_event_org ON audit_event FOR SELECT TO bunkai_app
  USING (organization_id = (SELECT app.current_org()));
--> statement-breakpoint
CREATE POLICY audit_event_append ON audit_event FOR INSERT TO bunkai_app
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR organization_id = ANY ((SELECT app.my_partner_organizations())::uuid[]));
--> statement-breakpoint
CREATE POLICY audit_event_chain_head ON audit_event FOR SELECT TO bunkai_auditor
  USING (true);
