-- Admins read their organization's alerts (alerts(since)); only the app login writes them.
GRANT SELECT ON alerts TO slotkit_admin;
--> statement-breakpoint
ALTER TABLE alerts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY alerts_admin_scope ON alerts TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
