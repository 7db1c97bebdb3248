CREATE TABLE "waitlist_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"party_size" integer NOT NULL,
	"email" text NOT NULL,
	"locale" text DEFAULT 'en' NOT NULL,
	"status" text DEFAULT 'WAITING' NOT NULL,
	"leave_token_hash" text NOT NULL,
	"reservation_id" uuid,
	"offer_token_hash" text,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "waitlist_entries_leave_token_hash_unique" UNIQUE("leave_token_hash"),
	CONSTRAINT "waitlist_entries_offer_token_hash_unique" UNIQUE("offer_token_hash"),
	CONSTRAINT "waitlist_entries_party_check" CHECK ("waitlist_entries"."party_size" >= 1),
	CONSTRAINT "waitlist_entries_status_check" CHECK ("waitlist_entries"."status" IN ('WAITING', 'OFFERED', 'BOOKED', 'EXPIRED', 'LEFT'))
);
--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_session_id_activity_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."activity_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist_entries" ADD CONSTRAINT "waitlist_entries_reservation_id_slot_reservations_id_fk" FOREIGN KEY ("reservation_id") REFERENCES "public"."slot_reservations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "waitlist_entries_live_email_unique" ON "waitlist_entries" USING btree ("session_id",lower("email")) WHERE "waitlist_entries"."status" IN ('WAITING', 'OFFERED');--> statement-breakpoint
CREATE INDEX "waitlist_entries_live_idx" ON "waitlist_entries" USING btree ("session_id","created_at") WHERE "waitlist_entries"."status" IN ('WAITING', 'OFFERED');--> statement-breakpoint
-- Every path that frees seats (hold expiry in the sweeper or lazily in reserve_slot(), release, cancel,
-- reschedule away, a raised capacity) raises capacity_remaining under the session lock. When the session
-- has waiting parties this tells every instance's waitlist job, on commit, to make offers for it at once
-- (jobs/waitlist-offers.ts; its periodic sweep is the backstop). Decrements never call the function.
CREATE OR REPLACE FUNCTION waitlist_wake() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM waitlist_entries w WHERE w.session_id = NEW.id AND w.status = 'WAITING') THEN
    PERFORM pg_notify(slotkit_changes_channel(), 'waitlist:' || NEW.id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER activity_sessions_waitlist_wake AFTER UPDATE OF capacity_remaining ON activity_sessions
  FOR EACH ROW WHEN (NEW.capacity_remaining > OLD.capacity_remaining) EXECUTE FUNCTION waitlist_wake();
--> statement-breakpoint
-- Admin paths (cancel, capacity change) fire the trigger as slotkit_admin; the console lists and removes entries.
GRANT SELECT, UPDATE ON "waitlist_entries" TO slotkit_admin;
--> statement-breakpoint
ALTER TABLE "waitlist_entries" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY waitlist_entries_admin_scope ON "waitlist_entries" TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
