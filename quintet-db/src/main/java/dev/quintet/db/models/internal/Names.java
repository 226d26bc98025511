package dev.quintet.db.models.internal;

import java.util.Locale;

/** Naming rules: Java's camelCase names become snake_case columns. */
public final class Names {
    private Names() {
    }

    /** {@code createdAt} to {@code created_at}; {@code author_id} unchanged. */
    public static String snake(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (i > 0 && name.charAt(i - 1) != '_') {
                    b.append('_');
                }
                b.append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** A lower-case model name: {@code BlogPost} to {@code blogpost}, as Django's {@code model_name}. */
    public static String modelName(Class<?> c) {
        return c.getSimpleName().toLowerCase(Locale.ROOT);
    }
}
