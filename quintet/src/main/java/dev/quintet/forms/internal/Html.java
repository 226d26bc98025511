package dev.quintet.forms.internal;

import dev.quintet.template.SafeString;
import java.util.Map;

/** HTML helpers for rendering forms: escaping and Django's {@code attrs.html}/{@code flatatt}. */
public final class Html {
    private Html() {
    }

    /** Django's {@code conditional_escape}: safe strings pass, others are escaped after Python's {@code str()}. */
    public static String esc(Object value) {
        if (value instanceof SafeString s) {
            return s.toString();
        }
        return dev.quintet.template.internal.Html.escape(PyFormat.str(value));
    }

    /** Appends {@code attrs} as Django's {@code attrs.html}: {@code false} omitted, {@code true} bare. */
    public static void attrs(StringBuilder out, Map<String, ?> attrs) {
        for (Map.Entry<String, ?> e : attrs.entrySet()) {
            Object v = e.getValue();
            if (Boolean.FALSE.equals(v)) {
                continue;
            }
            out.append(' ').append(esc(e.getKey()));
            if (!Boolean.TRUE.equals(v)) {
                out.append("=\"").append(esc(v)).append('"');
            }
        }
    }
}
