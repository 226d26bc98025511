package dev.quintet.templates.internal;

import dev.quintet.db.models.Field;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.template.AttributeResolver;
import dev.quintet.template.internal.Lookups;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.Function;

/**
 * Reads a model's fields in templates through {@link Model#value(String)}, so that a field left
 * unloaded by {@code only()}/{@code defer()} loads on access ({@code {{ post.body }}}: one query),
 * as Django's deferred attributes do. Everything else (other classes, methods, annotations) is left
 * to the engine's own lookup.
 */
public final class ModelAttributes implements AttributeResolver {
    /** The one instance; it holds no state. */
    public static final ModelAttributes INSTANCE = new ModelAttributes();

    private ModelAttributes() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Function<Object, Object> accessor(Class<?> type, String name) {
        if (!Model.class.isAssignableFrom(type)) {
            return null;
        }
        ModelMeta<?> meta;
        try {
            meta = ModelMeta.of((Class<Model>) type);
        } catch (IllegalArgumentException notAModel) {
            return null;
        }
        Field<?> field = meta.findField(name);
        if (field == null) {
            // {{ post.created_at }} names the createdAt field, as the engine's own lookup reads it
            field = meta.findField(Lookups.camelCase(name));
        }
        if (field == null || !field.isConcrete()) {
            return null;
        }
        String fieldName = field.name();
        MethodHandle getter = publicGetter(type, fieldName);
        if (getter == null) {
            return model -> ((Model) model).value(fieldName);
        }
        // a loaded field (the usual case) is read straight from its Java field, as the engine would
        return model -> {
            Model m = (Model) model;
            if (m.deferredFields().contains(fieldName)) {
                return m.value(fieldName);
            }
            try {
                return (Object) getter.invokeExact((Object) m);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        };
    }

    private static MethodHandle publicGetter(Class<?> type, String name) {
        try {
            java.lang.reflect.Field f = type.getField(name);
            return MethodHandles.publicLookup().unreflectGetter(f)
                    .asType(MethodType.methodType(Object.class, Object.class));
        } catch (NoSuchFieldException | IllegalAccessException | SecurityException e) {
            return null;
        }
    }
}
