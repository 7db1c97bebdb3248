-- The SQL contract of a hold, in one place (issue 15): the notification channel and the availability
-- topic are built by SQL functions that the TypeScript side tests against (realtime/topics.ts,
-- test/reservations/hold-sql-contract.test.ts), and "expire this session's stale holds" is one
-- function used by both reserve_slot() and the hold sweeper.
CREATE OR REPLACE FUNCTION slotkit_changes_channel() RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT 'slotkit_changes'::text $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION slotkit_availability_topic(p_activity_id uuid, p_local_date date) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT 'availability:' || p_activity_id || ':' || to_char(p_local_date, 'YYYY-MM-DD')
$$;
--> statement-breakpoint
-- Expires the session's holds whose time has passed and gives their seats back, notifying the
-- session's availability topic when any seat came back. The caller holds the session row lock
-- (FOR UPDATE), which is the first lock of the documented order (session, reservations, bookings).
CREATE OR REPLACE FUNCTION expire_stale_holds(p_session_id uuid, p_now timestamptz)
RETURNS TABLE (reservation_id uuid, checkout_session_id text, activity_id uuid, local_date date)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
  v_ids uuid[];
  v_checkouts text[];
  v_freed integer;
  v_activity uuid;
  v_date date;
BEGIN
  WITH expired AS (
    UPDATE slot_reservations r SET status = 'expired', updated_at = now()
    WHERE r.session_id = p_session_id AND r.status = 'held' AND r.expires_at <= p_now
    RETURNING r.id, r.checkout_session_id, r.party_size
  )
  SELECT array_agg(e.id), array_agg(e.checkout_session_id), coalesce(sum(e.party_size), 0)::integer
    INTO v_ids, v_checkouts, v_freed FROM expired e;
  IF v_freed = 0 THEN
    RETURN;
  END IF;
  UPDATE activity_sessions s SET capacity_remaining = s.capacity_remaining + v_freed
    WHERE s.id = p_session_id RETURNING s.activity_id, s.local_date INTO v_activity, v_date;
  PERFORM pg_notify(slotkit_changes_channel(), slotkit_availability_topic(v_activity, v_date));
  RETURN QUERY SELECT u.id, u.checkout_session_id, v_activity, v_date
    FROM unnest(v_ids, v_checkouts) AS u(id, checkout_session_id);
END;
$$;
--> statement-breakpoint
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
  p_holds_per_ip integer
) RETURNS jsonb
LANGUAGE plpgsql AS $$
DECLARE
  v_existing slot_reservations%ROWTYPE;
  v_session activity_sessions%ROWTYPE;
  v_res slot_reservations%ROWTYPE;
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

  -- Insert only what the decrement allowed: never "update; insert" unchecked.
  UPDATE activity_sessions SET capacity_remaining = capacity_remaining - p_party_size
    WHERE id = p_session_id AND capacity_remaining >= p_party_size
    RETURNING capacity_remaining INTO v_remaining;
  IF NOT FOUND THEN
    RETURN jsonb_build_object('outcome', 'unavailable', 'remaining', v_session.capacity_remaining,
      'expired_checkout_ids', to_jsonb(v_expired_ids));
  END IF;

  INSERT INTO slot_reservations (session_id, organization_id, party_size, tickets, total_cents, currency,
      email, status, expires_at, idempotency_key, request_hash, client_ip, waiver_accepted, min_age_accepted, locale)
    VALUES (p_session_id, v_session.organization_id, p_party_size, p_tickets, p_total_cents, p_currency,
      p_email, 'held', p_now + make_interval(mins => p_hold_minutes), p_idempotency_key, p_request_hash,
      p_client_ip, p_waiver_accepted, p_min_age_accepted, p_locale)
    RETURNING * INTO v_res;
  PERFORM pg_notify(slotkit_changes_channel(), v_topic);
  RETURN jsonb_build_object('outcome', 'reserved', 'remaining', v_remaining,
    'reservation', slot_reservation_json(v_res), 'expired_checkout_ids', to_jsonb(v_expired_ids));
END;
$$;
