-- Converts activity_sessions into monthly RANGE partitions on starts_at (docs/SCALING.md).
-- Run once, by an operator, in a maintenance window: it holds an ACCESS EXCLUSIVE lock
-- on activity_sessions for the whole copy (bench/partition-sessions.ts times it: see SCALING.md).
--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f packages/server/scripts/partition-sessions.sql
-- One transaction: any failure leaves the table as it was.
--
-- What changes, and why:
-- * PRIMARY KEY (id) becomes (id, starts_at) and UNIQUE (activity_id, starts_at) stays: PostgreSQL
--   requires the partition key in every unique constraint of a partitioned table. Ids are still
--   unique (random/time-ordered UUIDs), just no longer enforced alone.
-- * The foreign keys slot_reservations.session_id, bookings.session_id and waitlist_entries.session_id
--   → activity_sessions(id)
--   cannot exist any more (a foreign key needs a unique constraint on exactly the referenced
--   columns). They are replaced by triggers with the same effect: an insert/update of a
--   reservation, booking or waitlist entry must name an existing session; deleting a session deletes
--   its reservations and waitlist entries (was ON DELETE CASCADE) and is refused while bookings point
--   at it (was NO ACTION).
-- * The waitlist's wake-up trigger (0017_waitlist.sql) is re-created on the new table.
-- * Partitions: one per UTC month from the oldest session's month to 12 months past the newest,
--   plus a DEFAULT partition so an insert never fails; slotkit_ensure_session_partitions(n)
--   adds the coming months (call it monthly, e.g. from the session generator's daily run).
-- * RLS (0003_admin_rls.sql) and grants are re-created on the new table.

BEGIN;
SET LOCAL lock_timeout = '10s';
LOCK TABLE activity_sessions IN ACCESS EXCLUSIVE MODE;

ALTER TABLE slot_reservations DROP CONSTRAINT IF EXISTS slot_reservations_session_id_activity_sessions_id_fk;
ALTER TABLE bookings DROP CONSTRAINT IF EXISTS bookings_session_id_activity_sessions_id_fk;
ALTER TABLE waitlist_entries DROP CONSTRAINT IF EXISTS waitlist_entries_session_id_activity_sessions_id_fk;

ALTER TABLE activity_sessions RENAME TO activity_sessions_unpartitioned;
ALTER TABLE activity_sessions_unpartitioned RENAME CONSTRAINT activity_sessions_pkey TO activity_sessions_unpartitioned_pkey;
ALTER TABLE activity_sessions_unpartitioned RENAME CONSTRAINT activity_sessions_activity_starts_unique TO activity_sessions_unpartitioned_activity_starts_unique;
ALTER INDEX activity_sessions_activity_date_idx RENAME TO activity_sessions_unpartitioned_activity_date_idx;

-- Same columns, defaults and CHECK constraints; keys and indexes are added below on the parent.
CREATE TABLE activity_sessions (LIKE activity_sessions_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
  PARTITION BY RANGE (starts_at);

CREATE FUNCTION slotkit_ensure_session_partitions(p_from timestamptz, p_to timestamptz) RETURNS int
LANGUAGE plpgsql AS $$
DECLARE
  v_month timestamptz := date_trunc('month', p_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC';
  v_name text;
  v_made int := 0;
BEGIN
  WHILE v_month < p_to LOOP
    v_name := format('activity_sessions_y%sm%s', to_char(v_month AT TIME ZONE 'UTC', 'YYYY'), to_char(v_month AT TIME ZONE 'UTC', 'MM'));
    IF to_regclass(v_name) IS NULL THEN
      EXECUTE format('CREATE TABLE %I PARTITION OF activity_sessions FOR VALUES FROM (%L) TO (%L)',
                     v_name, v_month, v_month + interval '1 month');
      v_made := v_made + 1;
    END IF;
    v_month := v_month + interval '1 month';
  END LOOP;
  RETURN v_made;
END $$;

-- The months ahead from now (monthly maintenance); rows already in DEFAULT for such a month must be moved first.
CREATE FUNCTION slotkit_ensure_session_partitions(p_months_ahead int) RETURNS int
LANGUAGE sql AS $$ SELECT slotkit_ensure_session_partitions(now(), now() + make_interval(months => p_months_ahead + 1)) $$;

SELECT slotkit_ensure_session_partitions(
  coalesce((SELECT min(starts_at) FROM activity_sessions_unpartitioned), now()),
  greatest(coalesce((SELECT max(starts_at) FROM activity_sessions_unpartitioned), now()), now()) + interval '13 months');
CREATE TABLE activity_sessions_default PARTITION OF activity_sessions DEFAULT;

-- Copy before building the indexes: one sorted build per index beats a million index inserts.
INSERT INTO activity_sessions SELECT * FROM activity_sessions_unpartitioned;

ALTER TABLE activity_sessions ADD CONSTRAINT activity_sessions_pkey PRIMARY KEY (id, starts_at);
ALTER TABLE activity_sessions ADD CONSTRAINT activity_sessions_activity_starts_unique UNIQUE (activity_id, starts_at);
CREATE INDEX activity_sessions_activity_date_idx ON activity_sessions (activity_id, local_date);
ALTER TABLE activity_sessions ADD CONSTRAINT activity_sessions_activity_id_activities_id_fk
  FOREIGN KEY (activity_id) REFERENCES activities(id) ON DELETE CASCADE;
ALTER TABLE activity_sessions ADD CONSTRAINT activity_sessions_organization_id_organizations_id_fk
  FOREIGN KEY (organization_id) REFERENCES organizations(id) ON DELETE CASCADE;

-- The foreign keys by session id, as triggers.
CREATE FUNCTION slotkit_session_must_exist() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM activity_sessions WHERE id = NEW.session_id) THEN
    RAISE EXCEPTION 'session % does not exist (%.session_id)', NEW.session_id, TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER slot_reservations_session_exists BEFORE INSERT OR UPDATE OF session_id ON slot_reservations
  FOR EACH ROW EXECUTE FUNCTION slotkit_session_must_exist();
CREATE TRIGGER bookings_session_exists BEFORE INSERT OR UPDATE OF session_id ON bookings
  FOR EACH ROW EXECUTE FUNCTION slotkit_session_must_exist();
CREATE TRIGGER waitlist_entries_session_exists BEFORE INSERT OR UPDATE OF session_id ON waitlist_entries
  FOR EACH ROW EXECUTE FUNCTION slotkit_session_must_exist();

CREATE FUNCTION slotkit_session_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM bookings WHERE session_id = OLD.id) THEN
    RAISE EXCEPTION 'session % still has bookings', OLD.id USING ERRCODE = 'foreign_key_violation';
  END IF;
  DELETE FROM slot_reservations WHERE session_id = OLD.id;
  DELETE FROM waitlist_entries WHERE session_id = OLD.id;
  RETURN OLD;
END $$;
CREATE TRIGGER activity_sessions_cascade BEFORE DELETE ON activity_sessions
  FOR EACH ROW EXECUTE FUNCTION slotkit_session_deleted();
CREATE TRIGGER activity_sessions_waitlist_wake AFTER UPDATE OF capacity_remaining ON activity_sessions
  FOR EACH ROW WHEN (NEW.capacity_remaining > OLD.capacity_remaining) EXECUTE FUNCTION waitlist_wake();

-- Row-level security and grants of 0003_admin_rls.sql.
ALTER TABLE activity_sessions ENABLE ROW LEVEL SECURITY;
CREATE POLICY activity_sessions_admin_scope ON activity_sessions TO slotkit_admin
  USING (organization_id = nullif(current_setting('app.organization_id', true), '')::uuid);
DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'slotkit_admin') THEN
    GRANT SELECT, INSERT, UPDATE, DELETE ON activity_sessions TO slotkit_admin;
  END IF;
END $$;

DROP TABLE activity_sessions_unpartitioned;
COMMIT;
ANALYZE activity_sessions;
