-- Hand-written: the responsibility matrix belongs to both parties of its workspace.
-- Every table carries workspace_id, compared with the caller's workspaces (app.my_workspaces(),
-- which runs under the workspace policy). History, comments and snapshots are append-only for
-- the application, except a snapshot's second signature.
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE matrix, matrix_row, matrix_row_evidence TO bunkai_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE evidence_file, matrix_row_event, matrix_comment TO bunkai_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE matrix_snapshot TO bunkai_app;
--> statement-breakpoint
ALTER TABLE matrix ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evidence_file ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE evidence_file FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row_evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row_evidence FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row_event ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_row_event FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_comment ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_comment FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_snapshot ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE matrix_snapshot FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY matrix_party ON matrix
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY matrix_row_party ON matrix_row
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY evidence_file_party ON evidence_file
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY matrix_row_evidence_party ON matrix_row_evidence
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY matrix_row_event_party ON matrix_row_event
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY matrix_comment_party ON matrix_comment
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
CREATE POLICY matrix_snapshot_party ON matrix_snapshot
  USING (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]))
  WITH CHECK (workspace_id = ANY ((SELECT app.my_workspaces())::uuid[]));
--> statement-breakpoint
-- Comment mentions name the other party's people: members of a workspace partner are visible.
CREATE POLICY membership_partner ON membership FOR SELECT TO bunkai_app
  USING (organization_id = ANY ((SELECT app.my_partner_organizations())::uuid[]));
