const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Entity ids are UUIDs in the lowercase form the hub issues; anything else names no row. Ids are
 * compared exactly: PostgreSQL's uuid type would read `ABC…` as `abc…` while SQLite keeps text as
 * it is, so an id in capitals would find a patient on one database and not on the other, and land
 * on the audit trail under a patient id nobody queries. It must not reach a uuid column either.
 */
export const isUuid = (value: string): boolean => UUID.test(value);
