package dev.quintet.db.migrations;

import java.util.List;

/**
 * An app's explicit list of migrations (no classpath scanning): the {@code Migrations} class that
 * {@code makemigrations} writes next to the migration files and updates with each new one.
 * <pre>{@code
 * public final class Migrations implements MigrationIndex {
 *     public List<Migration> migrations() { return List.of(new M0001_initial(), new M0002_post_slug()); }
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigrationIndex {
    /** The app's migrations, in creation order. */
    List<Migration> migrations();

    /** An index with no migrations. */
    static MigrationIndex none() {
        return List::of;
    }
}
