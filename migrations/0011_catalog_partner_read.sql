-- Hand-written: a hospital's private catalog version is readable by the vendor it shares a matrix
-- on with. The vendor needs the guideline text of every row it owns or shares, and the catalog
-- export its SSP's control-ids resolve in. Only the version a matrix of a shared workspace is
-- built on, and only when that version belongs to the workspace's hospital: another hospital's
-- private catalog never becomes visible through a vendor working for both.
CREATE POLICY catalog_version_read_partner ON catalog_version FOR SELECT
  USING (organization_id IS NOT NULL AND EXISTS (
    SELECT 1 FROM matrix m JOIN workspace w ON w.id = m.workspace_id
    WHERE m.catalog_version_id = catalog_version.id
      AND w.hospital_organization_id = catalog_version.organization_id));
--> statement-breakpoint
-- Children follow their version's visibility (the subqueries run under their own policies).
CREATE POLICY requirement_read_partner ON requirement FOR SELECT
  USING (organization_id IS NOT NULL
    AND catalog_version_id IN (SELECT v.id FROM catalog_version v));
--> statement-breakpoint
CREATE POLICY catalog_read_partner ON catalog FOR SELECT
  USING (organization_id IS NOT NULL AND id IN (SELECT v.catalog_id FROM catalog_version v));
