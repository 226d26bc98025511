package dev.quintet.templates.internal;

import dev.quintet.db.models.Field;
import dev.quintet.db.models.Model;
import dev.quintet.db.models.ModelMeta;
import dev.quintet.template.AttributeResolver;
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
        if (field == null || !field.isConcrete()) {
            return null;
        }
        return model -> ((Model) model).value(name);
    }
}
