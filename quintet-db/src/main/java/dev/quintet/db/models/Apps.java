package dev.quintet.db.models;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The explicit registry of installed models (Django's {@code apps}): no classpath scanning, the application lists
 * its model classes. Building it initialises each class (running its {@code Manager.of} declaration), resolves
 * every relation and checks that table names and reverse accessors do not clash.
 *
 * <pre>{@code
 * Apps apps = Apps.of(Author.class, Post.class, Tag.class);
 * apps.getModel("blog", "post");
 * }</pre>
 */
public final class Apps {
    private final List<ModelMeta<?>> models;

    private Apps(List<ModelMeta<?>> models) {
        this.models = List.copyOf(models);
    }

    /** Registers the given model classes, checking their relations. */
    @SafeVarargs
    public static Apps of(Class<? extends Model>... classes) {
        List<Class<? extends Model>> list = new ArrayList<>();
        for (Class<? extends Model> c : classes) {
            list.add(c);
        }
        return of(list);
    }

    /** Registers the given model classes, checking their relations. */
    public static Apps of(List<Class<? extends Model>> classes) {
        List<ModelMeta<?>> metas = new ArrayList<>();
        for (Class<? extends Model> c : classes) {
            metas.add(ModelMeta.of(c));
        }
        Map<String, String> tables = new LinkedHashMap<>();
        for (ModelMeta<?> m : metas) {
            String prev = tables.put(m.dbTable(), m.label());
            if (prev != null) {
                throw new IllegalStateException("db_table '" + m.dbTable() + "' is used by multiple models: " + prev + ", " + m.label());
            }
            for (Field<?> f : m.fields()) {
                Class<? extends Model> target = f instanceof RelatedField<?> rf ? rf.target() : f instanceof ManyToManyField mm ? mm.target() : null;
                if (target != null && !classes.contains(target)) {
                    throw new IllegalStateException("Field defines a relation with model '" + target.getSimpleName()
                            + "', which is either not installed, or is abstract: " + m.label() + "." + f.name());
                }
            }
        }
        for (ModelMeta<?> m : metas) {
            Map<String, String> seen = new LinkedHashMap<>();
            for (RelatedObject r : m.relatedObjects()) {
                String prev = seen.put(r.accessorName(), r.relatedModel().label() + "." + r.field().name());
                if (prev != null || m.findField(r.accessorName()) != null) {
                    throw new IllegalStateException("Reverse accessor '" + m.modelClass().getSimpleName() + "." + r.accessorName()
                            + "' for '" + r.relatedModel().label() + "." + r.field().name() + "' clashes"
                            + (prev != null ? " with '" + prev + "'" : " with a field") + ". Add or change a relatedName.");
                }
            }
        }
        return new Apps(metas);
    }

    /** The registered models' metadata, in registration order. */
    public List<ModelMeta<?>> models() {
        return models;
    }

    /** The models of one app label. */
    public List<ModelMeta<?>> models(String appLabel) {
        return models.stream().filter(m -> m.appLabel().equals(appLabel)).toList();
    }

    /** A model by app label and (case-insensitive) model name; throws {@link IllegalArgumentException} if unknown. */
    public ModelMeta<?> getModel(String appLabel, String modelName) {
        String n = modelName.toLowerCase(Locale.ROOT);
        return models.stream().filter(m -> m.appLabel().equals(appLabel) && m.modelName().equals(n)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("App '" + appLabel + "' doesn't have a '" + modelName + "' model."));
    }

    /** The auto-created many-to-many join tables of the registered models. */
    public List<ModelMeta<?>> autoCreatedThroughs() {
        List<ModelMeta<?>> out = new ArrayList<>();
        for (ModelMeta<?> m : models) {
            for (ManyToManyField f : m.manyToMany()) {
                if (f.throughModel() == null) {
                    out.add(f.throughMeta());
                }
            }
        }
        return out;
    }
}
