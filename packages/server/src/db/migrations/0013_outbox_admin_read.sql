-- Admins read their organization's outbox rows: a booking's email log in the console (AdminBooking.emails).
-- Row-level security (0003) already confines them to their organization.
GRANT SELECT ON outbox TO slotkit_admin;
