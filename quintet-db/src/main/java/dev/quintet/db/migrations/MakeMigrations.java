package dev.quintet.db.migrations;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The engine of {@code makemigrations}: compares each app's models with its migrations, and writes one new
 * migration per changed app (named after its operations: {@code 0002_post_slug}, {@code 0003_remove_post_views},
 * or {@code 0004_auto_20260101_1200}), updating the app's {@code Migrations} index, printing what it does and the
 * live-database warnings of the {@link Linter}.
 */
public final class MakeMigrations {
    /**
     * One app as makemigrations sees it.
     *
     * @param label     the app label
     * @param models    the current models' states ({@link ModelState#from})
     * @param index     the app's migration index
     * @param sourceDir the source root new migrations are written under ({@code src/main/java}), or {@code null}
     * @param pkg       the package of the app's migrations ({@code com.example.blog.migrations})
     */
    public record AppInfo(String label, List<ModelState> models, MigrationIndex index, Path sourceDir, String pkg) {
    }

    /**
     * A migration proposed or written.
     *
     * @param migration the migration
     * @param source    its Java source
     * @param file      where it was written, or {@code null} (dry run, check)
     * @param warnings  the linter's warnings
     */
    public record Result(Migration migration, String source, Path file, List<String> warnings) {
    }

    /**
     * What to do.
     *
     * @param apps   only these apps (empty: all)
     * @param dryRun print without writing
     * @param check  write nothing; the caller exits non-zero when anything is returned
     * @param empty  write an empty migration for each named app
     * @param name   the migration name suffix instead of the generated one, or {@code null}
     */
    public record Options(Set<String> apps, boolean dryRun, boolean check, boolean empty, String name) {
    }

    private final List<AppInfo> apps;
    private final Questioner questioner;
    private final PrintWriter out;
    private final Clock clock;

    /** A run over the installed apps. */
    public MakeMigrations(List<AppInfo> apps, Questioner questioner, PrintWriter out, Clock clock) {
        this.apps = List.copyOf(apps);
        this.questioner = questioner;
        this.out = out;
        this.clock = clock;
    }

    /** The graph of every app's migrations. */
    public MigrationGraph graph() {
        List<Migration> all = new ArrayList<>();
        apps.forEach(a -> all.addAll(a.index().migrations()));
        return new MigrationGraph(all);
    }

    /** Runs: detects, names, writes (unless dry run or check) and reports. */
    public List<Result> run(Options options) {
        for (String a : options.apps()) {
            if (apps.stream().noneMatch(x -> x.label().equals(a))) {
                throw new MigrationError("App '" + a + "' could not be found. Is it in installed apps?");
            }
        }
        MigrationGraph graph = graph();
        ProjectState from = graph.finalState();
        Map<String, Autodetector.Changes> changes;
        if (options.empty()) {
            changes = new LinkedHashMap<>();
            for (String a : options.apps()) {
                changes.put(a, new Autodetector.Changes(List.of(), Set.of()));
            }
        } else {
            List<ModelState> now = new ArrayList<>();
            for (AppInfo a : apps) {
                now.addAll(a.models());
            }
            // apps not selected keep the state their migrations give them
            if (!options.apps().isEmpty()) {
                now.removeIf(m -> !options.apps().contains(m.app()));
                from.models().stream().filter(m -> !options.apps().contains(m.app())).forEach(now::add);
            }
            changes = new Autodetector(from, ProjectState.of(now), questioner).changes();
        }
        Map<String, String> newNames = new HashMap<>();
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Autodetector.Changes> e : changes.entrySet()) {
            String app = e.getKey();
            AppInfo info = apps.stream().filter(x -> x.label().equals(app)).findFirst()
                    .orElseThrow(() -> new MigrationError("Models of app '" + app + "' changed but the app is not installed"));
            List<Migration> existing = graph.app(app);
            int number = existing.stream().mapToInt(m -> leadingNumber(m.name())).max().orElse(0) + 1;
            String name = String.format("%04d_%s", number, options.name() != null ? options.name()
                    : suggestName(e.getValue().operations(), existing.isEmpty()));
            newNames.put(app, name);
            List<Dependency> deps = new ArrayList<>();
            graph.leaves(app).forEach(m -> deps.add(new Dependency(app, m.name())));
            for (String other : e.getValue().dependsOn()) {
                List<Migration> leaves = graph.leaves(other);
                if (!leaves.isEmpty()) {
                    deps.add(new Dependency(other, leaves.get(0).name()));
                } else if (changes.containsKey(other)) {
                    deps.add(new Dependency(other, "__new__"));
                }
            }
            Migration m = new Migration(app, name, deps, e.getValue().operations());
            results.add(new Result(m, null, null, Linter.warnings(app, m.operations(), from)));
        }
        List<Result> done = new ArrayList<>();
        for (Result r : results) {
            Migration m = r.migration();
            List<Dependency> deps = m.dependencies().stream()
                    .map(d -> d.name().equals("__new__") ? new Dependency(d.app(), newNames.get(d.app())) : d).toList();
            m = new Migration(m.app(), m.name(), deps, m.operations());
            AppInfo info = apps.stream().filter(x -> x.label().equals(r.migration().app())).findFirst().orElseThrow();
            if (info.pkg() == null) {
                throw new MigrationError("App '" + info.label() + "' has no migrations package: declare migrationsPackage()");
            }
            String source = MigrationWriter.render(info.pkg(), m);
            Path file = null;
            if (!options.dryRun() && !options.check()) {
                if (info.sourceDir() == null) {
                    throw new MigrationError("App '" + info.label() + "' has no migrations source folder to write into");
                }
                file = MigrationWriter.write(info.sourceDir(), info.pkg(), m, graph.app(info.label()).stream().map(Migration::name).toList());
            }
            out.println("Migrations for '" + m.app() + "':");
            out.println("  " + (file != null ? file : MigrationWriter.className(m.name()) + ".java"));
            for (Operation op : m.operations()) {
                out.println("    - " + op.describe());
            }
            for (String w : r.warnings()) {
                out.println("  WARNING " + w);
            }
            if (options.dryRun()) {
                out.println(source);
            }
            done.add(new Result(m, source, file, r.warnings()));
        }
        if (done.isEmpty()) {
            out.println("No changes detected" + (options.apps().isEmpty() ? "" : " in app" + (options.apps().size() > 1 ? "s " : " ")
                    + "'" + String.join("', '", options.apps()) + "'"));
        }
        return done;
    }

    private static int leadingNumber(String name) {
        int i = 0;
        while (i < name.length() && Character.isDigit(name.charAt(i))) {
            i++;
        }
        return i == 0 ? 0 : Integer.parseInt(name.substring(0, i));
    }

    /** A readable name for these operations: {@code initial}, {@code post_slug}, {@code auto_<timestamp>}. */
    public String suggestName(List<Operation> ops, boolean initial) {
        if (initial && !ops.isEmpty() && ops.stream().allMatch(o -> o instanceof CreateModel)) {
            return "initial";
        }
        List<String> parts = ops.stream().map(Operation::nameFragment).toList();
        if (!ops.isEmpty() && parts.stream().allMatch(p -> p != null)) {
            String joined = String.join("_", parts);
            if (joined.length() <= 52) {
                return joined;
            }
        }
        return "auto_" + DateTimeFormatter.ofPattern("yyyyMMdd_HHmm").withZone(ZoneOffset.UTC).format(clock.instant());
    }
}
