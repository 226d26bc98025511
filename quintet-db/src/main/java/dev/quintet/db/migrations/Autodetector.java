package dev.quintet.db.migrations;

import dev.quintet.db.migrations.internal.JavaSource;
import dev.quintet.db.models.Constraint;
import dev.quintet.db.models.Field;
import dev.quintet.db.models.Index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares the state the migrations build with the state of the installed models and lists the operations that
 * turn one into the other, per app (Django's {@code MigrationAutodetector}). Fields compare by their Java
 * rendering, so any option change is seen. Renames are proposed when a removed and an added field (or model)
 * have the same declaration, and confirmed by the {@link Questioner}.
 *
 * <h2>How it works</h2>
 * Per app: renamed models, created models (related ones first), then per kept model renamed, removed, added and
 * altered fields, indexes, constraints, unique-together, table name and ordering, and deleted models last; the
 * {@link Optimizer} then merges what it can.
 */
public final class Autodetector {
    /**
     * The changes of one app.
     *
     * @param operations the operations, optimised
     * @param dependsOn  other apps whose latest migration the new one must follow (their models are referenced)
     */
    public record Changes(List<Operation> operations, Set<String> dependsOn) {
    }

    private ProjectState from;
    private final ProjectState to;
    private final Questioner questioner;

    /** A detector from the migrations' state to the models' state. */
    public Autodetector(ProjectState from, ProjectState to, Questioner questioner) {
        this.from = from;
        this.to = to;
        this.questioner = questioner;
    }

    /** The changes of every app that changed, keyed by app label. */
    public Map<String, Changes> changes() {
        Set<String> apps = new TreeSet<>();
        from.models().forEach(m -> apps.add(m.app()));
        to.models().forEach(m -> apps.add(m.app()));
        // renamed models first, in every app: relations elsewhere then already name the new model
        Map<String, List<Operation>> renames = new LinkedHashMap<>();
        for (String app : apps) {
            renames.put(app, renamedModels(app));
        }
        Map<String, Changes> out = new LinkedHashMap<>();
        for (String app : apps) {
            Set<String> deps = new TreeSet<>();
            List<Operation> detected = new ArrayList<>(renames.get(app));
            detected.addAll(detect(app, deps));
            List<Operation> ops = Optimizer.optimize(app, detected);
            if (!ops.isEmpty()) {
                out.put(app, new Changes(ops, deps));
            }
        }
        return out;
    }

    /** The confirmed model renames of an app, applied to {@link #from}. */
    private List<Operation> renamedModels(String app) {
        List<Operation> ops = new ArrayList<>();
        List<String> added = new ArrayList<>(names(to, app));
        added.removeAll(names(from, app));
        List<String> removed = new ArrayList<>(names(from, app));
        removed.removeAll(names(to, app));
        for (String a : added) {
            for (String r : List.copyOf(removed)) {
                if (fieldsSignature(from.get(app, r)).equals(fieldsSignature(to.get(app, a))) && questioner.askRename(app, null, r, a)) {
                    RenameModel op = new RenameModel(r, a);
                    ops.add(op);
                    from = op.stateForwards(app, from);
                    removed.remove(r);
                    break;
                }
            }
        }
        return ops;
    }

    private static List<String> names(ProjectState state, String app) {
        return state.models(app).stream().map(ModelState::name).toList();
    }

    private List<Operation> detect(String app, Set<String> deps) {
        List<Operation> ops = new ArrayList<>();
        Map<String, ModelState> old = new LinkedHashMap<>();
        from.models(app).forEach(m -> old.put(m.name(), m));
        Map<String, ModelState> now = new LinkedHashMap<>();
        to.models(app).forEach(m -> now.put(m.name(), m));
        List<String> added = new ArrayList<>(now.keySet());
        added.removeAll(old.keySet());
        List<String> removed = new ArrayList<>(old.keySet());
        removed.removeAll(now.keySet());
        for (String a : dependencyOrder(app, added, now)) {
            ModelState m = now.get(a);
            ops.add(new CreateModel(m));
            m.fields().forEach(f -> noteDependency(app, f, deps));
        }
        for (Map.Entry<String, ModelState> e : now.entrySet()) {
            if (old.containsKey(e.getKey())) {
                diffModel(app, old.get(e.getKey()), e.getValue(), ops, deps);
            }
        }
        for (String r : removed) {
            ops.add(new DeleteModel(r));
        }
        return ops;
    }

    /** The fields as source, a relation of the model to itself written as to {@code self} (it follows a rename). */
    private static String fieldsSignature(ModelState m) {
        return m.fields().stream().map(f -> f.name() + "=" + JavaSource.field(f instanceof RelationField r ? r.renamedTarget(m.key(), "self.self") : f))
                .toList().toString();
    }

    private List<String> dependencyOrder(String app, List<String> added, Map<String, ModelState> now) {
        List<String> out = new ArrayList<>();
        Set<String> pending = new LinkedHashSet<>(added);
        while (!pending.isEmpty()) {
            String next = null;
            for (String p : pending) {
                boolean ready = now.get(p).fields().stream().map(Autodetector::targetKey).filter(Objects::nonNull)
                        .noneMatch(k -> !k.equals(app + "." + p) && k.startsWith(app + ".") && pending.contains(k.substring(app.length() + 1)));
                if (ready) {
                    next = p;
                    break;
                }
            }
            if (next == null) {
                next = pending.iterator().next();    // a cycle: the schema editor defers foreign keys
            }
            pending.remove(next);
            out.add(next);
        }
        return out;
    }

    private static String targetKey(Field<?> f) {
        return f instanceof RelationField r ? r.to() : null;
    }

    private static void noteDependency(String app, Field<?> f, Set<String> deps) {
        String k = targetKey(f);
        if (k != null && !k.startsWith(app + ".")) {
            deps.add(k.substring(0, k.indexOf('.')));
        }
    }

    private void diffModel(String app, ModelState before, ModelState after, List<Operation> ops, Set<String> deps) {
        String model = after.name();
        List<String> removedFields = new ArrayList<>();
        List<String> addedFields = new ArrayList<>();
        before.fields().forEach(f -> { if (after.field(f.name()) == null) { removedFields.add(f.name()); } });
        after.fields().forEach(f -> { if (before.field(f.name()) == null) { addedFields.add(f.name()); } });
        ModelState b = before;
        for (String a : List.copyOf(addedFields)) {
            for (String r : List.copyOf(removedFields)) {
                if (JavaSource.field(before.field(r)).equals(JavaSource.field(after.field(a))) && questioner.askRename(app, model, r, a)) {
                    RenameField op = new RenameField(model, r, a);
                    ops.add(op);
                    b = op.stateForwards(app, ProjectState.of(List.of(b))).get(app, model);
                    addedFields.remove(a);
                    removedFields.remove(r);
                    break;
                }
            }
        }
        ModelState cur = b;
        for (Index i : cur.indexes()) {
            if (!after.indexes().contains(i)) {
                ops.add(new RemoveIndex(model, i.name()));
            }
        }
        for (Constraint c : cur.constraints()) {
            if (!after.constraints().stream().map(JavaSource::constraint).toList().contains(JavaSource.constraint(c))) {
                ops.add(new RemoveConstraint(model, c.name()));
            }
        }
        boolean uniqueTogetherChanged = !cur.uniqueTogether().equals(after.uniqueTogether());
        boolean uniqueTogetherFirst = uniqueTogetherChanged && cur.uniqueTogether().stream().anyMatch(g -> g.stream().anyMatch(removedFields::contains));
        if (uniqueTogetherFirst) {
            ops.add(new AlterUniqueTogether(model, after.uniqueTogether().stream().filter(g -> g.stream().noneMatch(addedFields::contains)).toList()));
        }
        for (String r : removedFields) {
            ops.add(new RemoveField(model, r));
        }
        for (String a : addedFields) {
            Field<?> f = after.field(a);
            noteDependency(app, f, deps);
            if (needsOneOffDefault(f)) {
                Object v = questioner.askDefault(app, model, a);
                ops.add(AddField.withOneOffDefault(model, a, f, f.withDefault(v)));
            } else {
                ops.add(new AddField(model, a, f));
            }
        }
        for (Field<?> f : after.fields()) {
            Field<?> old = cur.field(f.name());
            if (old != null && !JavaSource.field(old).equals(JavaSource.field(f))) {
                noteDependency(app, f, deps);
                ops.add(new AlterField(model, f.name(), f));
            }
        }
        if (uniqueTogetherChanged && (!uniqueTogetherFirst || after.uniqueTogether().stream().anyMatch(g -> g.stream().anyMatch(addedFields::contains)))) {
            ops.add(new AlterUniqueTogether(model, after.uniqueTogether()));
        }
        for (Index i : after.indexes()) {
            if (!cur.indexes().contains(i)) {
                ops.add(new AddIndex(model, i));
            }
        }
        for (Constraint c : after.constraints()) {
            if (!cur.constraints().stream().map(JavaSource::constraint).toList().contains(JavaSource.constraint(c))) {
                ops.add(new AddConstraint(model, c));
            }
        }
        if (!Objects.equals(cur.dbTable(), after.dbTable())) {
            ops.add(new AlterModelTable(model, after.dbTable()));
        }
        if (!cur.ordering().equals(after.ordering())) {
            ops.add(new AlterModelOptions(model, after.ordering()));
        }
    }

    /** A new NOT NULL column needs a value for existing rows (also with auto-now, which only fills new rows). */
    private static boolean needsOneOffDefault(Field<?> f) {
        return f.isConcrete() && !f.isNullable() && !JavaSource.hasWritableDefault(f) && !f.isAutoGenerated();
    }
}
