package dev.quintet.db.migrations;

import dev.quintet.db.models.Field;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every model's {@link ModelState}, keyed {@code app.model} (Django's {@code ProjectState}); immutable, each
 * operation returns a new one.
 */
public final class ProjectState {
    private final Map<String, ModelState> models;

    private ProjectState(Map<String, ModelState> models) {
        this.models = models;
        // every relation knows its target's table and key as this state has them
        models.replaceAll((k, m) -> {
            List<Field<?>> fields = m.fields().stream().<Field<?>>map(this::resolve).toList();
            return sameTargets(fields, m.fields()) ? m : m.withFields(fields);
        });
    }

    private static boolean sameTargets(List<Field<?>> a, List<Field<?>> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** A field with its relation target resolved in this state (any other field as it is). */
    public Field<?> resolve(Field<?> f) {
        return RelationField.historical(f) instanceof RelationField r ? r.resolvedIn(this) : f;
    }

    /** The state before any migration. */
    public static ProjectState empty() {
        return new ProjectState(new LinkedHashMap<>());
    }

    /** The state of these models. */
    public static ProjectState of(Collection<ModelState> states) {
        Map<String, ModelState> m = new LinkedHashMap<>();
        states.forEach(s -> m.put(s.key(), s));
        return new ProjectState(m);
    }

    /** All models, in the order they were added. */
    public List<ModelState> models() {
        return List.copyOf(models.values());
    }

    /** The models of one app. */
    public List<ModelState> models(String app) {
        return models.values().stream().filter(s -> s.app().equals(app)).toList();
    }

    /** A model, or {@code null}. */
    public ModelState find(String app, String name) {
        return models.get(app + "." + name.toLowerCase(java.util.Locale.ROOT));
    }

    /** A model; fails naming it when absent. */
    public ModelState get(String app, String name) {
        ModelState s = find(app, name);
        if (s == null) {
            throw new IllegalStateException("No model " + app + "." + name + " in the migration state");
        }
        return s;
    }

    /** The schema editor's metadata of a model in this state (relations resolved against this state). */
    public dev.quintet.db.models.ModelMeta<dev.quintet.db.models.Model> meta(String app, String name) {
        return get(app, name).toMeta();
    }

    /** With a model added or replaced. */
    public ProjectState with(ModelState state) {
        Map<String, ModelState> m = new LinkedHashMap<>(models);
        m.put(state.key(), state);
        return new ProjectState(m);
    }

    /** With a model replaced under a (possibly new) key, keeping its position. */
    public ProjectState replace(String app, String oldName, ModelState state) {
        Map<String, ModelState> m = new LinkedHashMap<>();
        String oldKey = app + "." + oldName.toLowerCase(java.util.Locale.ROOT);
        models.forEach((k, v) -> m.put(k.equals(oldKey) ? state.key() : k, k.equals(oldKey) ? state : v));
        return new ProjectState(m);
    }

    /** Without a model. */
    public ProjectState without(String app, String name) {
        get(app, name);
        Map<String, ModelState> m = new LinkedHashMap<>(models);
        m.remove(app + "." + name.toLowerCase(java.util.Locale.ROOT));
        return new ProjectState(m);
    }

    @Override
    public String toString() {
        return "ProjectState" + models.keySet();
    }
}
