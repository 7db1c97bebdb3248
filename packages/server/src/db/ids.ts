const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else can name no row, and must not reach a uuid cast in SQL. */
export const isUuid = (value: string): boolean => UUID_RE.test(value);
