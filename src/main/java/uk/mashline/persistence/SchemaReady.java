package uk.mashline.persistence;

/**
 * Published once the schema is migrated and the database takes work: what must run against the
 * database at start-up (the bootstrap account) listens for this rather than for the start-up
 * itself, which does not wait for the database.
 */
public record SchemaReady() {
}
