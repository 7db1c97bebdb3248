CREATE TABLE "booking_manage_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"booking_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "attendance" text DEFAULT 'expected' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "payment" text DEFAULT 'stripe' NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "reminder_sent_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "booking_manage_tokens" ADD CONSTRAINT "booking_manage_tokens_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_attendance_check" CHECK ("attendance" IN ('expected', 'checked_in', 'no_show'));--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_payment_check" CHECK ("payment" IN ('stripe', 'paid_offline', 'unpaid'));--> statement-breakpoint
-- The reminder job scans confirmed bookings that have not had their reminder yet.
CREATE INDEX "bookings_reminder_due_idx" ON "bookings" ("session_id") WHERE "status" = 'confirmed' AND "reminder_sent_at" IS NULL;--> statement-breakpoint
CREATE INDEX "booking_manage_tokens_booking_idx" ON "booking_manage_tokens" ("booking_id");--> statement-breakpoint
-- Admins see (and delete with) their bookings' links; the public path reads them as the application.
GRANT SELECT, INSERT, DELETE ON "booking_manage_tokens" TO slotkit_admin;
