CREATE TABLE "retired_embed_keys" (
	"embed_key" text PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"retired_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "customer_name" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "customer_email" text;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "customer_phone" text;--> statement-breakpoint
ALTER TABLE "retired_embed_keys" ADD CONSTRAINT "retired_embed_keys_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
-- Issue 16 item 4: each booking keeps the contact details it was paid with.
UPDATE "bookings" b SET "customer_name" = c."name", "customer_email" = c."email", "customer_phone" = c."phone"
FROM "customers" c WHERE c."id" = b."customer_id";
--> statement-breakpoint
-- Issue 16 item 3: every organization may see that a key is reserved (that is what keeps it from them);
-- only the owning organization may reserve or release one.
GRANT SELECT, INSERT, DELETE ON "retired_embed_keys" TO slotkit_admin;
--> statement-breakpoint
ALTER TABLE "retired_embed_keys" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY retired_embed_keys_visible ON "retired_embed_keys" FOR SELECT TO slotkit_admin USING (true);
--> statement-breakpoint
CREATE POLICY retired_embed_keys_own_insert ON "retired_embed_keys" FOR INSERT TO slotkit_admin WITH CHECK (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY retired_embed_keys_own_delete ON "retired_embed_keys" FOR DELETE TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
