package dev.quintet.http.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Python's {@code repr()} of the values that appear in Django's error messages (URLs, requests,
 * headers), so Quintet's messages are worded as Django's.
 */
public final class PyRepr {
    private PyRepr() {
    }

    /** {@code None}, {@code 'text'}, {@code True}, {@code UUID('…')}, {@code [1, 'a']}, {@code {'k': 1}}, else {@code toString()}. */
    public static String repr(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> of(s);
            case Boolean b -> b ? "True" : "False";
            case UUID u -> "UUID('" + u + "')";
            case Map<?, ?> m -> map(m);
            case Collection<?> c -> list(c);
            default -> String.valueOf(value);
        };
    }

    /** A tuple: {@code (1,)}, {@code (1, 'a')}. */
    public static String tuple(Collection<?> items) {
        StringBuilder sb = new StringBuilder("(");
        int i = 0;
        for (Object item : items) {
            sb.append(i++ == 0 ? "" : ", ").append(repr(item));
        }
        return sb.append(items.size() == 1 ? ",)" : ")").toString();
    }

    /** A list: {@code [1, 'a']}. */
    public static String list(Collection<?> items) {
        StringBuilder sb = new StringBuilder("[");
        int i = 0;
        for (Object item : items) {
            sb.append(i++ == 0 ? "" : ", ").append(repr(item));
        }
        return sb.append(']').toString();
    }

    /** A dict: {@code {'k': 1}}. */
    public static String map(Map<?, ?> m) {
        StringBuilder sb = new StringBuilder("{");
        int i = 0;
        for (Map.Entry<?, ?> e : m.entrySet()) {
            sb.append(i++ == 0 ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
        }
        return sb.append('}').toString();
    }

    /** {@code 'text'}, or {@code "it's"} when the text holds a single quote and no double one. */
    public static String of(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder(s.length() + 2).append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c == quote) {
                        sb.append('\\').append(c);
                    } else if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\x%02x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append(quote).toString();
    }
}
