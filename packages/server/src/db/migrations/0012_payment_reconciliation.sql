CREATE TABLE "payment_reconciler" (
	"id" smallint PRIMARY KEY DEFAULT 1 NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"listed_until" timestamp with time zone,
	CONSTRAINT "payment_reconciler_single_row" CHECK ("payment_reconciler"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE "unreconciled_payments" (
	"checkout_session_id" text PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"reservation_id" uuid,
	"payment_intent_id" text,
	"first_seen_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"alerted_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "unreconciled_payments" ADD CONSTRAINT "unreconciled_payments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_refund_key_idx" ON "outbox" USING btree (("payload"->>'idempotencyKey')) WHERE "outbox"."kind" = 'stripe_refund';--> statement-breakpoint
INSERT INTO "payment_reconciler" ("id") VALUES (1) ON CONFLICT DO NOTHING;
