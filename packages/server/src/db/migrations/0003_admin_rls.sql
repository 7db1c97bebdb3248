-- Defense in depth for the admin API (DESIGN.md §5, issue 8): admin
-- resolvers run inside withOrganization(), which switches to this NOLOGIN role
-- for the transaction and sets app.organization_id. The policies below then
-- hide every other organization's rows even from a query that forgets its
-- WHERE organization_id = … filter. The application's own login (table owner
-- or superuser) bypasses RLS, so the public and payment paths are unchanged.
DO $$ BEGIN
  CREATE ROLE slotkit_admin NOLOGIN;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; -- roles are cluster-wide: another database made it
END $$;
--> statement-breakpoint
-- SET ROLE needs membership unless the login is a superuser.
DO $$ BEGIN
  EXECUTE format('GRANT slotkit_admin TO %I', current_user);
EXCEPTION WHEN others THEN RAISE NOTICE 'slotkit: could not grant slotkit_admin to %: %', current_user, SQLERRM;
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO slotkit_admin;
--> statement-breakpoint
GRANT SELECT, UPDATE ON organizations TO slotkit_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON api_keys TO slotkit_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON venues, activities, activity_prices, activity_sessions, slot_reservations, customers, bookings TO slotkit_admin;
--> statement-breakpoint
GRANT INSERT ON outbox TO slotkit_admin;
--> statement-breakpoint
ALTER TABLE organizations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY organizations_admin_scope ON organizations TO slotkit_admin USING (id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE api_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY api_keys_admin_scope ON api_keys TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE venues ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY venues_admin_scope ON venues TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE activities ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY activities_admin_scope ON activities TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE activity_sessions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY activity_sessions_admin_scope ON activity_sessions TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE slot_reservations ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY slot_reservations_admin_scope ON slot_reservations TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE customers ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY customers_admin_scope ON customers TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE bookings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY bookings_admin_scope ON bookings TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE outbox ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY outbox_admin_scope ON outbox TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
ALTER TABLE activity_prices ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY activity_prices_admin_scope ON activity_prices TO slotkit_admin
  USING (EXISTS (SELECT 1 FROM activities a WHERE a.id = activity_prices.activity_id AND a.organization_id = nullif(current_setting('app.organization_id', true), '')::uuid));
