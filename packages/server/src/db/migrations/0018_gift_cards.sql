CREATE TABLE "gift_card_ledger" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"gift_card_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"balance_after_cents" integer NOT NULL,
	"booking_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gift_cards" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code_hash" text NOT NULL,
	"code_last4" text NOT NULL,
	"initial_cents" integer NOT NULL,
	"balance_cents" integer NOT NULL,
	"currency" text NOT NULL,
	"recipient_email" text NOT NULL,
	"buyer_email" text,
	"source" text NOT NULL,
	"stripe_checkout_session_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gift_cards_code_hash_unique" UNIQUE("code_hash"),
	CONSTRAINT "gift_cards_stripe_checkout_session_id_unique" UNIQUE("stripe_checkout_session_id"),
	CONSTRAINT "gift_cards_balance_check" CHECK ("gift_cards"."balance_cents" >= 0 AND "gift_cards"."balance_cents" <= "gift_cards"."initial_cents")
);
--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD COLUMN "gift_card_id" uuid;--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD COLUMN "gift_card_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "gift_card_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_gift_card_id_gift_cards_id_fk" FOREIGN KEY ("gift_card_id") REFERENCES "public"."gift_cards"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gift_cards" ADD CONSTRAINT "gift_cards_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "gift_card_ledger_card_idx" ON "gift_card_ledger" USING btree ("gift_card_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "gift_card_ledger_one_redemption_per_booking" ON "gift_card_ledger" USING btree ("booking_id") WHERE "gift_card_ledger"."kind" = 'redeemed';--> statement-breakpoint
CREATE INDEX "gift_cards_organization_created_idx" ON "gift_cards" USING btree ("organization_id","created_at");--> statement-breakpoint
ALTER TABLE "gift_cards" ADD CONSTRAINT "gift_cards_source_check" CHECK ("source" IN ('admin', 'purchase'));--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ADD CONSTRAINT "gift_card_ledger_kind_check" CHECK ("kind" IN ('issued', 'redeemed', 'restored'));--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD CONSTRAINT "slot_reservations_gift_card_cents_check" CHECK ("gift_card_cents" >= 0 AND "gift_card_cents" <= "total_cents");--> statement-breakpoint
ALTER TABLE "bookings" DROP CONSTRAINT "bookings_payment_check";--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_payment_check" CHECK ("payment" IN ('stripe', 'gift_card', 'paid_offline', 'unpaid'));--> statement-breakpoint
-- Admins issue, list and read the history of their organization's cards; redemption runs as the application.
GRANT SELECT, INSERT ON "gift_cards", "gift_card_ledger" TO slotkit_admin;--> statement-breakpoint
ALTER TABLE "gift_cards" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY gift_cards_admin_scope ON "gift_cards" TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "gift_card_ledger" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY gift_card_ledger_admin_scope ON "gift_card_ledger" TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
