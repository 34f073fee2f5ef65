-- Hand-written: who sees and changes guideline catalogs.
-- Platform catalogs (organization_id IS NULL) are read by every signed-in user once they are not
-- drafts; only platform operators (the app sets app.platform_operator for them) write them or see
-- drafts. Private catalogs belong to one organization and are invisible to others.
CREATE OR REPLACE FUNCTION app.is_platform_operator() RETURNS boolean
  LANGUAGE sql STABLE PARALLEL SAFE
  SET search_path = pg_catalog
  AS $$ SELECT coalesce(current_setting('app.platform_operator', true), '') = 'true' $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app.is_platform_operator() TO bunkai_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE catalog, catalog_version, requirement, crosswalk,
  crosswalk_entry TO bunkai_app;
--> statement-breakpoint
ALTER TABLE catalog ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE catalog FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE catalog_version ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE catalog_version FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE requirement ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE requirement FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE crosswalk ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE crosswalk FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE crosswalk_entry ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE crosswalk_entry FORCE ROW LEVEL SECURITY;
--> statement-breakpoint

-- Writes: an organization's own rows, or platform rows by an operator.
CREATE POLICY catalog_write ON catalog
  USING (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())))
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())));
--> statement-breakpoint
CREATE POLICY catalog_read_platform ON catalog FOR SELECT
  USING (organization_id IS NULL AND (SELECT app.current_user_id()) IS NOT NULL);
--> statement-breakpoint

CREATE POLICY catalog_version_write ON catalog_version
  USING (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())))
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())));
--> statement-breakpoint
CREATE POLICY catalog_version_read_platform ON catalog_version FOR SELECT
  USING (organization_id IS NULL AND status <> 'draft'
    AND (SELECT app.current_user_id()) IS NOT NULL);
--> statement-breakpoint

-- Children follow their version's visibility (the subquery runs under catalog_version's policies).
CREATE POLICY requirement_write ON requirement
  USING (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())))
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())));
--> statement-breakpoint
CREATE POLICY requirement_read_platform ON requirement FOR SELECT
  USING (organization_id IS NULL AND catalog_version_id IN (SELECT v.id FROM catalog_version v));
--> statement-breakpoint

CREATE POLICY crosswalk_write ON crosswalk
  USING (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())))
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())));
--> statement-breakpoint
CREATE POLICY crosswalk_read_platform ON crosswalk FOR SELECT
  USING (organization_id IS NULL AND to_version_id IN (SELECT v.id FROM catalog_version v));
--> statement-breakpoint

CREATE POLICY crosswalk_entry_write ON crosswalk_entry
  USING (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())))
  WITH CHECK (organization_id = (SELECT app.current_org())
    OR (organization_id IS NULL AND (SELECT app.is_platform_operator())));
--> statement-breakpoint
CREATE POLICY crosswalk_entry_read_platform ON crosswalk_entry FOR SELECT
  USING (organization_id IS NULL AND crosswalk_id IN (SELECT c.id FROM crosswalk c));
