package dev.quintet.db.migrations;

/**
 * A migration another one depends on.
 *
 * @param app  the app label
 * @param name the migration name
 */
public record Dependency(String app, String name) {
    /** {@code app.name}. */
    public String key() {
        return app + "." + name;
    }
}
