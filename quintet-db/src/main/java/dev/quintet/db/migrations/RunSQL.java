package dev.quintet.db.migrations;

import java.util.List;
import java.util.Set;

/**
 * Raw SQL, with optional reverse SQL, optionally limited to some back ends (skipped on the others):
 * <pre>{@code
 * RunSQL.of("CREATE INDEX CONCURRENTLY ...").reverse("DROP INDEX ...").onlyOn("postgresql")
 * }</pre>
 *
 * @param forward  the statements run forwards
 * @param backward the statements run backwards, or {@code null} when irreversible
 * @param vendors  the back ends it runs on (empty: all)
 */
public record RunSQL(List<String> forward, List<String> backward, Set<String> vendors) implements Operation {
    /** Copies the lists. */
    public RunSQL {
        forward = List.copyOf(forward);
        backward = backward == null ? null : List.copyOf(backward);
        vendors = Set.copyOf(vendors);
    }

    /** Irreversible SQL for every back end. */
    public static RunSQL of(String... statements) {
        return new RunSQL(List.of(statements), null, Set.of());
    }

    /** With reverse statements ({@code reverse()} with none: reversible doing nothing). */
    public RunSQL reverse(String... statements) {
        return new RunSQL(forward, List.of(statements), vendors);
    }

    /** Limited to these back ends ({@code sqlite}, {@code postgresql}, {@code mysql}). */
    public RunSQL onlyOn(String... vendorNames) {
        return new RunSQL(forward, backward, Set.of(vendorNames));
    }

    @Override
    public ProjectState stateForwards(String app, ProjectState state) {
        return state;
    }

    @Override
    public void databaseForwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        if (vendors.isEmpty() || vendors.contains(ctx.vendor())) {
            forward.forEach(ctx::execute);
        }
    }

    @Override
    public void databaseBackwards(String app, MigrationContext ctx, ProjectState from, ProjectState to) {
        if (vendors.isEmpty() || vendors.contains(ctx.vendor())) {
            backward.forEach(ctx::execute);
        }
    }

    @Override
    public boolean reversible() {
        return backward != null;
    }

    @Override
    public String describe() {
        return "Raw SQL operation";
    }
}
