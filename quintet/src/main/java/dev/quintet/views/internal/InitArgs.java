package dev.quintet.views.internal;

import dev.quintet.conf.ImproperlyConfigured;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A class-based view's init arguments, checked once when {@code asView} is called: each name must
 * be a non-static, non-final field of the view class (or a superclass), and its value must fit the
 * field's type. Applying them to a fresh instance is then a list of field writes.
 */
public final class InitArgs {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete", "head", "options",
            "trace");

    private record Setting(Field field, Object value) {
    }

    private final List<Setting> settings;

    private InitArgs(List<Setting> settings) {
        this.settings = settings;
    }

    /**
     * Checks {@code args} against {@code type}.
     *
     * @throws ImproperlyConfigured naming the view class and the argument at fault
     */
    public static InitArgs check(Class<?> type, Map<String, ?> args) {
        Map<String, Field> fields = fields(type);
        List<Setting> settings = new ArrayList<>();
        for (Map.Entry<String, ?> e : args.entrySet()) {
            String name = e.getKey();
            if (METHODS.contains(name)) {
                throw new ImproperlyConfigured("The method name " + name + " is not accepted as a keyword argument to "
                        + type.getSimpleName() + "().");
            }
            Field field = fields.get(name);
            if (field == null) {
                throw new ImproperlyConfigured(type.getSimpleName() + "() received an invalid keyword '" + name
                        + "'. asView only accepts arguments that are already attributes of the class: "
                        + new TreeSet<>(fields.keySet()));
            }
            Object value = e.getValue();
            Class<?> expected = box(field.getType());
            if (value == null ? field.getType().isPrimitive() : !expected.isInstance(value)) {
                throw new ImproperlyConfigured(type.getSimpleName() + "." + name + " is a "
                        + field.getType().getSimpleName() + ", the init argument is "
                        + (value == null ? "null" : "a " + value.getClass().getSimpleName()));
            }
            settings.add(new Setting(field, value));
        }
        return new InitArgs(List.copyOf(settings));
    }

    /** Writes the arguments into {@code view}. */
    public void apply(Object view) {
        for (Setting s : settings) {
            try {
                s.field.set(view, s.value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot set " + s.field, e);
            }
        }
    }

    private static Map<String, Field> fields(Class<?> type) {
        Map<String, Field> fields = new HashMap<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                int mod = f.getModifiers();
                if (Modifier.isStatic(mod) || Modifier.isFinal(mod) || f.isSynthetic()
                        || Modifier.isPrivate(mod) && c != type) {
                    continue;
                }
                if (!fields.containsKey(f.getName()) && f.trySetAccessible()) {
                    fields.put(f.getName(), f);
                }
            }
        }
        fields.keySet().removeAll(Set.of("request", "args", "kwargs"));
        return fields;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        return switch (c.getName()) {
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "boolean" -> Boolean.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }
}
