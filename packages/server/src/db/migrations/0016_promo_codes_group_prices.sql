CREATE TABLE "promo_codes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"code" text NOT NULL,
	"percent_off" integer,
	"amount_off_cents" integer,
	"valid_from" timestamp with time zone,
	"valid_until" timestamp with time zone,
	"max_redemptions" integer,
	"redemptions" integer DEFAULT 0 NOT NULL,
	"activity_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "promo_codes_terms_check" CHECK (("promo_codes"."percent_off" IS NULL) <> ("promo_codes"."amount_off_cents" IS NULL)
        AND coalesce("promo_codes"."percent_off" BETWEEN 1 AND 100, true) AND coalesce("promo_codes"."amount_off_cents" >= 1, true)),
	CONSTRAINT "promo_codes_redemptions_check" CHECK ("promo_codes"."redemptions" >= 0 AND ("promo_codes"."max_redemptions" IS NULL OR "promo_codes"."max_redemptions" >= 1))
);
--> statement-breakpoint
ALTER TABLE "activity_prices" ADD COLUMN "per" text DEFAULT 'person' NOT NULL;--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD COLUMN "discount_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD COLUMN "promo_code_id" uuid;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "discount_cents" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "bookings" ADD COLUMN "promo_code_id" uuid;--> statement-breakpoint
ALTER TABLE "promo_codes" ADD CONSTRAINT "promo_codes_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "promo_codes_organization_code_unique" ON "promo_codes" USING btree ("organization_id",lower("code"));--> statement-breakpoint
ALTER TABLE "slot_reservations" ADD CONSTRAINT "slot_reservations_promo_code_id_promo_codes_id_fk" FOREIGN KEY ("promo_code_id") REFERENCES "public"."promo_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_promo_code_id_promo_codes_id_fk" FOREIGN KEY ("promo_code_id") REFERENCES "public"."promo_codes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "slot_reservations_held_promo_idx" ON "slot_reservations" USING btree ("promo_code_id","expires_at") WHERE "slot_reservations"."status" = 'held' AND "slot_reservations"."promo_code_id" IS NOT NULL;--> statement-breakpoint
-- Admins manage their organization's promo codes (RLS as for every admin table, migration 0003).
GRANT SELECT, INSERT, UPDATE ON "promo_codes" TO slotkit_admin;
--> statement-breakpoint
ALTER TABLE promo_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY promo_codes_admin_scope ON promo_codes TO slotkit_admin USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION slot_reservation_json(r slot_reservations) RETURNS jsonb
LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object(
    'id', r.id, 'session_id', r.session_id, 'party_size', r.party_size, 'status', r.status,
    'expires_at', r.expires_at, 'total_cents', r.total_cents, 'discount_cents', r.discount_cents,
    'currency', r.currency, 'request_hash', r.request_hash)
$$;
--> statement-breakpoint
-- Issue 22: private sessions and promo codes. The new parameters change the signature, so the old
-- function goes first (an overload would leave callers of the old arity silently on the old rules).
DROP FUNCTION IF EXISTS reserve_slot(uuid, integer, jsonb, integer, text, text, text, text, text, boolean, boolean,
  text, timestamptz, integer, integer, integer);
--> statement-breakpoint
-- p_private: one hold takes the whole session (refused unless no seat is held or booked); seats stay
-- counted per person, so capacity_remaining = capacity_total − Σ party_size still holds and every
-- release path is unchanged. p_promo_code_id: the hold reserves one redemption of that code, checked
-- under the code's row lock (lock order: session row → promo_codes row), so held + booked never
-- exceeds max_redemptions; p_total_cents is already net of p_discount_cents.
CREATE OR REPLACE FUNCTION reserve_slot(
  p_session_id uuid,
  p_party_size integer,
  p_tickets jsonb,
  p_total_cents integer,
  p_currency text,
  p_email text,
  p_idempotency_key text,
  p_request_hash text,
  p_client_ip text,
  p_waiver_accepted boolean,
  p_min_age_accepted boolean,
  p_locale text,
  p_now timestamptz,
  p_hold_minutes integer,
  p_holds_per_email integer,
  p_holds_per_ip integer,
  p_private boolean,
  p_promo_code_id uuid,
  p_discount_cents integer
) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_existing slot_reservations%ROWTYPE;
  v_session activity_sessions%ROWTYPE;
  v_res slot_reservations%ROWTYPE;
  v_promo promo_codes%ROWTYPE;
  v_expired_ids text[];
  v_live integer;
  v_retry timestamptz;
  v_remaining integer;
  v_topic text;
  v_freed integer;
BEGIN
  -- Callers with the same key queue here, so exactly one of them inserts and
  -- the others find its row below (READ COMMITTED: each statement sees commits).
  PERFORM pg_advisory_xact_lock(727100, hashtext(p_idempotency_key));
  SELECT * INTO v_existing FROM slot_reservations WHERE idempotency_key = p_idempotency_key;
  IF FOUND THEN
    IF v_existing.request_hash <> p_request_hash THEN
      RETURN jsonb_build_object('outcome', 'idempotency_conflict');
    END IF;
    RETURN jsonb_build_object('outcome', 'existing', 'reservation', slot_reservation_json(v_existing),
      'expired_checkout_ids', '[]'::jsonb);
  END IF;

  -- The caller priced the tickets from a cached catalog: refuse if any price
  -- changed since (primary-key lookups, same round trip); the caller reloads.
  IF EXISTS (
    SELECT 1 FROM jsonb_to_recordset(p_tickets) AS t("priceId" uuid, "unitAmountCents" integer, "stripePriceId" text)
    LEFT JOIN activity_prices p ON p.id = t."priceId" AND p.active
      AND p.amount_cents = t."unitAmountCents" AND p.stripe_price_id IS NOT DISTINCT FROM t."stripePriceId"
    WHERE p.id IS NULL
  ) THEN
    RETURN jsonb_build_object('outcome', 'stale_prices');
  END IF;

  -- Hold limits count across sessions, so the session lock alone would not
  -- stop two parallel holds of one email on two sessions.
  IF p_holds_per_email > 0 THEN
    PERFORM pg_advisory_xact_lock(727101, hashtext(lower(p_email)));
  END IF;
  IF p_holds_per_ip > 0 AND p_client_ip IS NOT NULL THEN
    PERFORM pg_advisory_xact_lock(727102, hashtext(p_client_ip));
  END IF;

  SELECT * INTO v_session FROM activity_sessions WHERE id = p_session_id FOR UPDATE;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'not_found');
  END IF;
  v_topic := slotkit_availability_topic(v_session.activity_id, v_session.local_date);

  -- Lazy expiry: correctness never waits for the sweeper (same rule as the sweeper: expire_stale_holds()).
  SELECT count(*)::integer,
         coalesce(array_agg(e.checkout_session_id) FILTER (WHERE e.checkout_session_id IS NOT NULL), '{}')
    INTO v_freed, v_expired_ids FROM expire_stale_holds(p_session_id, p_now) e;
  IF v_freed > 0 THEN
    SELECT * INTO v_session FROM activity_sessions WHERE id = p_session_id;
  END IF;

  IF v_session.status <> 'open' THEN
    RETURN jsonb_build_object('outcome', 'closed', 'expired_checkout_ids', to_jsonb(v_expired_ids));
  END IF;
  IF v_session.starts_at <= p_now THEN
    RETURN jsonb_build_object('outcome', 'started', 'expired_checkout_ids', to_jsonb(v_expired_ids));
  END IF;

  IF p_holds_per_email > 0 THEN
    SELECT count(*)::integer, min(expires_at) INTO v_live, v_retry FROM slot_reservations
      WHERE lower(email) = lower(p_email) AND status = 'held' AND expires_at > p_now;
    IF v_live >= p_holds_per_email THEN
      RETURN jsonb_build_object('outcome', 'hold_limit', 'limit', 'email', 'retry_at', v_retry,
        'expired_checkout_ids', to_jsonb(v_expired_ids));
    END IF;
  END IF;
  IF p_holds_per_ip > 0 AND p_client_ip IS NOT NULL THEN
    SELECT count(*)::integer, min(expires_at) INTO v_live, v_retry FROM slot_reservations
      WHERE client_ip = p_client_ip AND status = 'held' AND expires_at > p_now;
    IF v_live >= p_holds_per_ip THEN
      RETURN jsonb_build_object('outcome', 'hold_limit', 'limit', 'ip', 'retry_at', v_retry,
        'expired_checkout_ids', to_jsonb(v_expired_ids));
    END IF;
  END IF;

  -- A private session is sold out as soon as anyone holds or booked a seat of it.
  IF p_private AND v_session.capacity_remaining < v_session.capacity_total THEN
    RETURN jsonb_build_object('outcome', 'unavailable', 'remaining', 0,
      'expired_checkout_ids', to_jsonb(v_expired_ids));
  END IF;

  IF p_promo_code_id IS NOT NULL THEN
    SELECT * INTO v_promo FROM promo_codes WHERE id = p_promo_code_id FOR UPDATE;
    IF NOT FOUND OR NOT v_promo.active OR v_promo.organization_id <> v_session.organization_id
        OR (v_promo.valid_from IS NOT NULL AND p_now < v_promo.valid_from)
        OR (v_promo.valid_until IS NOT NULL AND p_now >= v_promo.valid_until) THEN
      RETURN jsonb_build_object('outcome', 'promo_invalid', 'expired_checkout_ids', to_jsonb(v_expired_ids));
    END IF;
    IF v_promo.max_redemptions IS NOT NULL THEN
      SELECT count(*)::integer INTO v_live FROM slot_reservations
        WHERE promo_code_id = p_promo_code_id AND status = 'held' AND expires_at > p_now;
      IF v_promo.redemptions + v_live >= v_promo.max_redemptions THEN
        RETURN jsonb_build_object('outcome', 'promo_invalid', 'expired_checkout_ids', to_jsonb(v_expired_ids));
      END IF;
    END IF;
  END IF;

  -- Insert only what the decrement allowed: never "update; insert" unchecked.
  UPDATE activity_sessions SET capacity_remaining = capacity_remaining - p_party_size
    WHERE id = p_session_id AND capacity_remaining >= p_party_size
    RETURNING capacity_remaining INTO v_remaining;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'unavailable', 'remaining', v_session.capacity_remaining,
      'expired_checkout_ids', to_jsonb(v_expired_ids));
  END IF;

  INSERT INTO slot_reservations (session_id, organization_id, party_size, tickets, total_cents, currency,
      email, status, expires_at, idempotency_key, request_hash, client_ip, waiver_accepted, min_age_accepted, locale,
      promo_code_id, discount_cents)
    VALUES (p_session_id, v_session.organization_id, p_party_size, p_tickets, p_total_cents, p_currency,
      p_email, 'held', p_now + make_interval(mins => p_hold_minutes), p_idempotency_key, p_request_hash,
      p_client_ip, p_waiver_accepted, p_min_age_accepted, p_locale, p_promo_code_id, coalesce(p_discount_cents, 0))
    RETURNING * INTO v_res;
  PERFORM pg_notify(slotkit_changes_channel(), v_topic);
  RETURN jsonb_build_object('outcome', 'reserved', 'remaining', CASE WHEN p_private THEN 0 ELSE v_remaining END,
    'reservation', slot_reservation_json(v_res), 'expired_checkout_ids', to_jsonb(v_expired_ids));
END;
$$;
