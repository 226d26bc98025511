package dev.quintet.db.migrations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every installed app's migrations as a dependency graph (Django's {@code MigrationGraph}): plans forwards and
 * backwards, finds each app's leaf, and builds the {@link ProjectState} at any point. Construction fails on a
 * missing dependency or a cycle, naming the migrations involved.
 */
public final class MigrationGraph {
    private final Map<String, Migration> nodes = new LinkedHashMap<>();

    /** A graph of these migrations. */
    public MigrationGraph(List<Migration> migrations) {
        for (Migration m : migrations) {
            if (nodes.put(m.key(), m) != null) {
                throw new MigrationError("Migration " + m.key() + " is listed twice");
            }
        }
        for (Migration m : migrations) {
            for (Dependency d : m.dependencies()) {
                if (!nodes.containsKey(d.key())) {
                    throw new MigrationError("Migration " + m.key() + " depends on nonexistent migration " + d.key());
                }
            }
        }
        for (Migration m : migrations) {
            forwardsPlan(m.key());
        }
    }

    /** A migration by key, or {@code null}. */
    public Migration get(String key) {
        return nodes.get(key);
    }

    /** All migrations. */
    public List<Migration> all() {
        return List.copyOf(nodes.values());
    }

    /** The migrations of one app, in dependency order. */
    public List<Migration> app(String app) {
        return fullPlan().stream().filter(m -> m.app().equals(app)).toList();
    }

    /** The migrations of an app that no other migration of that app depends on (normally one). */
    public List<Migration> leaves(String app) {
        Set<String> parents = new HashSet<>();
        for (Migration m : nodes.values()) {
            if (m.app().equals(app)) {
                m.dependencies().stream().filter(d -> d.app().equals(app)).forEach(d -> parents.add(d.key()));
            }
        }
        return nodes.values().stream().filter(m -> m.app().equals(app) && !parents.contains(m.key()))
                .sorted(Comparator.comparing(Migration::name)).toList();
    }

    /** Every migration, dependencies first. */
    public List<Migration> fullPlan() {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (String k : nodes.keySet()) {
            visit(k, out, new LinkedHashSet<>());
        }
        return out.stream().map(nodes::get).toList();
    }

    /** The migrations needed to reach {@code key}, dependencies first, {@code key} last. */
    public List<Migration> forwardsPlan(String key) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        visit(key, out, new LinkedHashSet<>());
        return out.stream().map(nodes::get).toList();
    }

    /** The migrations that depend (transitively) on {@code key}, dependants first, {@code key} last. */
    public List<Migration> backwardsPlan(String key) {
        List<Migration> plan = new ArrayList<>(fullPlan());
        List<Migration> out = new ArrayList<>();
        Set<String> tainted = new HashSet<>(Set.of(key));
        for (Migration m : plan) {
            if (m.key().equals(key) || m.dependencies().stream().anyMatch(d -> tainted.contains(d.key()))) {
                tainted.add(m.key());
                out.add(0, m);
            }
        }
        return out;
    }

    private void visit(String key, LinkedHashSet<String> out, LinkedHashSet<String> path) {
        if (out.contains(key)) {
            return;
        }
        if (!path.add(key)) {
            List<String> cycle = new ArrayList<>(path);
            cycle = cycle.subList(cycle.indexOf(key), cycle.size());
            throw new MigrationError("Circular dependency between migrations: " + String.join(" -> ", cycle) + " -> " + key);
        }
        Migration m = nodes.get(key);
        if (m == null) {
            throw new MigrationError("Unknown migration " + key);
        }
        for (Dependency d : m.dependencies()) {
            visit(d.key(), out, path);
        }
        path.remove(key);
        out.add(key);
    }

    /** The state after applying {@code applied} (a set of keys) in graph order. */
    public ProjectState stateAfter(Set<String> applied) {
        ProjectState s = ProjectState.empty();
        for (Migration m : fullPlan()) {
            if (applied.contains(m.key())) {
                s = m.apply(s);
            }
        }
        return s;
    }

    /** The state every migration builds. */
    public ProjectState finalState() {
        return stateAfter(nodes.keySet());
    }
}
