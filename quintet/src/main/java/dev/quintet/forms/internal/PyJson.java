package dev.quintet.forms.internal;

import java.util.Collection;
import java.util.Map;

/** Python's {@code json.dumps(value, ensure_ascii=False)}: {@code ", "} and {@code ": "} separators. */
public final class PyJson {
    private PyJson() {
    }

    /** The JSON text of maps, collections, strings, numbers, booleans and {@code null}. */
    public static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, false);
        return out.toString();
    }

    /** As {@link #dumps(Object)} with {@code ensure_ascii=True}: non-ASCII as {@code \\uXXXX}. */
    public static String dumpsAscii(Object value) {
        StringBuilder out = new StringBuilder();
        write(out, value, true);
        return out.toString();
    }

    private static void write(StringBuilder out, Object v, boolean ascii) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof Boolean b) {
            out.append(b ? "true" : "false");
        } else if (v instanceof Number n) {
            out.append(n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString());
        } else if (v instanceof Map<?, ?> m) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(out, String.valueOf(e.getKey()), ascii);
                out.append(": ");
                write(out, e.getValue(), ascii);
            }
            out.append('}');
        } else if (v instanceof Collection<?> c) {
            out.append('[');
            boolean first = true;
            for (Object o : c) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                write(out, o, ascii);
            }
            out.append(']');
        } else {
            string(out, v.toString(), ascii);
        }
    }

    private static void string(StringBuilder out, String s, boolean ascii) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || ascii && c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
