package dev.quintet.db.migrations;

import java.util.List;

/**
 * One migration: a class per file in the app's {@code migrations} package, reviewed like any source.
 * <pre>{@code
 * public final class M0002_post_slug extends Migration {
 *     public M0002_post_slug() {
 *         super("blog", "0002_post_slug", List.of(dep("blog", "0001_initial")), List.of(
 *                 new AddField("post", "slug", SlugField.of().unique())));
 *     }
 * }
 * }</pre>
 * {@code initial()} marks a migration that creates an app's first tables ({@code migrate --fake-initial}).
 */
public class Migration {
    private final String app;
    private final String name;
    private final List<Dependency> dependencies;
    private final List<Operation> operations;

    /**
     * A migration.
     *
     * @param app          the app label
     * @param name         the name, {@code 0002_post_slug}
     * @param dependencies migrations that must run first (this app's previous one, other apps' ones it refers to)
     * @param operations   the steps, in order
     */
    public Migration(String app, String name, List<Dependency> dependencies, List<Operation> operations) {
        this.app = app;
        this.name = name;
        this.dependencies = List.copyOf(dependencies);
        this.operations = List.copyOf(operations);
    }

    /** A dependency on {@code app.name}. */
    public static Dependency dep(String app, String name) {
        return new Dependency(app, name);
    }

    /** The app label. */
    public final String app() { return app; }
    /** The name, {@code 0002_post_slug}. */
    public final String name() { return name; }
    /** The migrations that must run first. */
    public final List<Dependency> dependencies() { return dependencies; }
    /** The operations. */
    public final List<Operation> operations() { return operations; }
    /** {@code app.name}. */
    public final String key() { return app + "." + name; }

    /** Whether this migration creates the app's first tables (no dependency in its own app). */
    public boolean initial() {
        return dependencies.stream().noneMatch(d -> d.app().equals(app));
    }

    /** The state after this migration. */
    public ProjectState apply(ProjectState state) {
        for (Operation op : operations) {
            state = op.stateForwards(app, state);
        }
        return state;
    }

    @Override
    public String toString() {
        return key();
    }
}
