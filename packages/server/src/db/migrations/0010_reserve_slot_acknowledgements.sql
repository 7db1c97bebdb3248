-- reserve_slot() also records what the customer acknowledged (the minimum
-- age) and their language (emails use it). Same body as 0001 otherwise; the old
-- signature is dropped so one function serves every caller.
DROP FUNCTION IF EXISTS reserve_slot(uuid, integer, jsonb, integer, text, text, text, text, text, boolean, timestamptz, integer, integer, integer);
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
  v_freed integer;
  v_expired_ids text[];
  v_live integer;
  v_retry timestamptz;
  v_remaining integer;
  v_topic text;
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
  v_topic := 'availability:' || v_session.activity_id || ':' || to_char(v_session.local_date, 'YYYY-MM-DD');

  -- Lazy expiry: correctness never waits for the sweeper.
  WITH expired AS (
    UPDATE slot_reservations SET status = 'expired', updated_at = now()
    WHERE session_id = p_session_id AND status = 'held' AND expires_at <= p_now
    RETURNING party_size, checkout_session_id
  )
  SELECT coalesce(sum(party_size), 0)::integer,
         coalesce(array_agg(checkout_session_id) FILTER (WHERE checkout_session_id IS NOT NULL), '{}')
    INTO v_freed, v_expired_ids FROM expired;
  IF v_freed > 0 THEN
    UPDATE activity_sessions SET capacity_remaining = capacity_remaining + v_freed
      WHERE id = p_session_id RETURNING * INTO v_session;
    PERFORM pg_notify('slotkit_changes', v_topic);
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
  PERFORM pg_notify('slotkit_changes', v_topic);
  RETURN jsonb_build_object('outcome', 'reserved', 'remaining', v_remaining,
    'reservation', slot_reservation_json(v_res), 'expired_checkout_ids', to_jsonb(v_expired_ids));
END;
$$;
