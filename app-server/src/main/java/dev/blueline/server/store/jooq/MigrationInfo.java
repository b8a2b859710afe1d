package dev.blueline.server.store.jooq;

/**
 * The state of the schema migrations, for the host's {@code check} command.
 *
 * @param applied        migrations recorded as applied
 * @param pending        migrations found on the class path and not applied yet
 * @param currentVersion the version of the last applied migration, or {@code "none"}
 */
public record MigrationInfo(int applied, int pending, String currentVersion) {
}
