package dev.quintet.db.migrations;

import dev.quintet.db.Database;
import dev.quintet.db.SchemaEditor;
import dev.quintet.db.Transaction;
import dev.quintet.db.migrations.internal.MigrationLock;
import dev.quintet.db.migrations.internal.Recorder;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Applies and unapplies migrations on one database (Django's {@code MigrationExecutor}, the engine of
 * {@code migrate}): plans from the {@link MigrationGraph} and the {@code quintet_migrations} table, runs each
 * migration in a transaction (PostgreSQL and SQLite roll DDL back; MariaDB commits each DDL statement, so a failed
 * migration there may leave part of its changes), records it, and prints
 * {@code Applying blog.0002_post_slug... OK (0.012s)}. A run holds the migration lock of the database, so two
 * concurrent runs never apply the same migration.
 */
public final class MigrationExecutor {
    /**
     * One planned step.
     *
     * @param migration the migration
     * @param backwards whether it is unapplied
     */
    public record Step(Migration migration, boolean backwards) {
        @Override
        public String toString() {
            return (backwards ? "Unapply " : "Apply ") + migration.key();
        }
    }

    /**
     * How {@link #migrate} runs.
     *
     * @param fake        record the plan without touching the schema
     * @param fakeInitial record an initial migration without running it when its tables exist
     * @param planOnly    print the plan and change nothing
     */
    public record Options(boolean fake, boolean fakeInitial, boolean planOnly) {
        /** Normal runs. */
        public static final Options DEFAULT = new Options(false, false, false);
    }

    private final Database db;
    private final MigrationGraph graph;
    private final PrintWriter out;
    private final Recorder recorder;

    /** An executor for {@code db}, printing progress to {@code out}. */
    public MigrationExecutor(Database db, MigrationGraph graph, PrintWriter out) {
        this.db = db;
        this.graph = graph;
        this.out = out;
        this.recorder = new Recorder(db);
    }

    /** The keys of applied migrations (creating the table if needed). */
    public Set<String> applied() {
        recorder.ensureTable();
        return recorder.applied();
    }

    /**
     * The steps to reach a target: everything ({@code app == null}), an app's latest ({@code target == null}), an
     * app's named migration (forwards or, if later ones are applied, backwards), or {@code "zero"}.
     */
    public List<Step> plan(String app, String target, Set<String> applied) {
        List<Step> steps = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        if (app == null || target == null) {
            List<Migration> goals = app == null ? graph.fullPlan() : graph.leaves(requireApp(app));
            for (Migration goal : goals) {
                for (Migration m : graph.forwardsPlan(goal.key())) {
                    if (!applied.contains(m.key()) && seen.add(m.key())) {
                        steps.add(new Step(m, false));
                    }
                }
            }
            return steps;
        }
        requireApp(app);
        List<Migration> roots;
        if (target.equals("zero")) {
            roots = graph.app(app);
        } else {
            Migration t = find(app, target);
            if (!applied.contains(t.key())) {
                for (Migration m : graph.forwardsPlan(t.key())) {
                    if (!applied.contains(m.key()) && seen.add(m.key())) {
                        steps.add(new Step(m, false));
                    }
                }
                return steps;
            }
            roots = graph.app(app).stream().filter(m -> m.dependencies().contains(new Dependency(app, t.name()))).toList();
        }
        for (Migration root : roots) {
            for (Migration m : graph.backwardsPlan(root.key())) {
                if (applied.contains(m.key()) && seen.add(m.key())) {
                    steps.add(new Step(m, true));
                }
            }
        }
        return steps;
    }

    private String requireApp(String app) {
        if (graph.all().stream().noneMatch(m -> m.app().equals(app))) {
            throw new MigrationError("App '" + app + "' does not have migrations.");
        }
        return app;
    }

    /** A migration by app and name or unique name prefix ({@code 0002}). */
    public Migration find(String app, String name) {
        List<Migration> matches = graph.app(app).stream().filter(m -> m.name().equals(name) || m.name().startsWith(name)).toList();
        Migration exact = graph.get(app + "." + name);
        if (exact != null) {
            return exact;
        }
        if (matches.size() != 1) {
            throw new MigrationError(matches.isEmpty() ? "Cannot find a migration matching '" + name + "' from app '" + app + "'."
                    : "More than one migration matches '" + name + "' in app '" + app + "'. Please be more specific.");
        }
        return matches.get(0);
    }

    /** Migrates to a target (see {@link #plan}); returns the steps taken. */
    public List<Step> migrate(String app, String target, Options options) {
        MigrationLock lock = MigrationLock.acquire(db, 600);
        try {
            recorder.ensureTable();
            List<Step> steps = plan(app, target, recorder.applied());
            if (options.planOnly()) {
                out.println("Planned operations:");
                if (steps.isEmpty()) {
                    out.println("  No planned migration operations.");
                }
                for (Step s : steps) {
                    out.println(s.migration().key() + (s.backwards() ? " (unapply)" : ""));
                    for (Operation op : s.migration().operations()) {
                        out.println("    " + (s.backwards() && !op.reversible() ? "IRREVERSIBLE " : "") + op.describe());
                    }
                }
                return steps;
            }
            out.println("Running migrations:");
            if (steps.isEmpty()) {
                out.println("  No migrations to apply.");
            } else if (db.vendor().equals("mysql") && !options.fake()) {
                out.println("  (MariaDB/MySQL commit each DDL statement: a migration that fails part-way stays partly applied)");
            }
            for (Step s : steps) {
                run(s, options);
            }
            return steps;
        } finally {
            lock.close();
        }
    }

    private void run(Step step, Options options) {
        Migration m = step.migration();
        long start = System.nanoTime();
        out.print("  " + (step.backwards() ? "Unapplying " : "Applying ") + m.key() + "...");
        out.flush();
        boolean fake = options.fake() || (!step.backwards() && options.fakeInitial() && m.initial() && tablesExist(m));
        boolean skipped = Transaction.atomicCheckingForeignKeysAtEnd(db, () -> {
            recorder.lockForWrite();
            Set<String> applied = recorder.applied();
            if (applied.contains(m.key()) == !step.backwards()) {
                return true;     // another run did it while we waited for the lock
            }
            if (!fake) {
                runOperations(m, step.backwards(), applied, null);
            }
            if (step.backwards()) {
                recorder.recordUnapplied(m.app(), m.name());
            } else {
                recorder.recordApplied(m.app(), m.name());
            }
            return false;
        });
        double secs = (System.nanoTime() - start) / 1e9;
        out.println(skipped ? " SKIPPED (already done by another run)"
                : fake ? " FAKED" : String.format(Locale.ROOT, " OK (%.3fs)", secs));
    }

    private void runOperations(Migration m, boolean backwards, Set<String> applied, SchemaEditor collector) {
        Set<String> before = new LinkedHashSet<>(applied);
        before.remove(m.key());
        List<ProjectState> states = new ArrayList<>();
        ProjectState s = graph.stateAfter(before);
        states.add(s);
        for (Operation op : m.operations()) {
            s = op.stateForwards(m.app(), s);
            states.add(s);
        }
        SchemaEditor ed = collector != null ? collector : db.schemaEditor();
        List<Operation> ops = m.operations();
        try {
            for (int k = 0; k < ops.size(); k++) {
                int i = backwards ? ops.size() - 1 - k : k;
                Operation op = ops.get(i);
                try {
                    if (backwards) {
                        if (!op.reversible()) {
                            throw new MigrationError("Operation " + op.describe() + " in " + m.key() + " is not reversible");
                        }
                        op.databaseBackwards(m.app(), new MigrationContext(db, ed, states.get(i + 1)), states.get(i + 1), states.get(i));
                    } else {
                        op.databaseForwards(m.app(), new MigrationContext(db, ed, states.get(i)), states.get(i), states.get(i + 1));
                    }
                } catch (MigrationError e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new MigrationError(m.key() + ": operation " + (i + 1) + " (" + op.describe() + ") failed: " + e.getMessage()
                            + (db.vendor().equals("mysql") ? " (MariaDB commits DDL statements one by one: earlier statements of this"
                            + " migration stay applied and it is not recorded)" : " (rolled back; the migration is not recorded)"), e);
                }
            }
        } finally {
            if (collector == null) {
                ed.close();
            }
        }
    }

    /** The SQL of a migration for this database, collected without running it ({@code sqlmigrate}). */
    public List<String> sql(Migration m, boolean backwards) {
        Set<String> applied = new HashSet<>();
        // the state the migration starts from: everything it depends on
        for (Migration dep : graph.forwardsPlan(m.key())) {
            applied.add(dep.key());
        }
        if (!backwards) {
            applied.remove(m.key());
        }
        SchemaEditor ed = db.schemaEditor().collectOnly();
        runOperations(m, backwards, applied, ed);
        ed.close();
        return ed.statements();
    }

    /** Each app's migrations with whether they are applied ({@code showmigrations}). */
    public Map<String, List<Map.Entry<String, Boolean>>> status() {
        Set<String> applied = applied();
        Map<String, List<Map.Entry<String, Boolean>>> out = new LinkedHashMap<>();
        for (Migration m : graph.fullPlan()) {
            out.computeIfAbsent(m.app(), a -> new ArrayList<>()).add(Map.entry(m.name(), applied.contains(m.key())));
        }
        return out;
    }

    private boolean tablesExist(Migration m) {
        List<String> tables = new ArrayList<>();
        ProjectState s = ProjectState.empty();
        for (Operation op : m.operations()) {
            s = op.stateForwards(m.app(), s);
            if (op instanceof CreateModel c) {
                tables.add(s.get(m.app(), c.model().name()).table());
            }
        }
        return !tables.isEmpty() && db.hasTables(tables);
    }
}
