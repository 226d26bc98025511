package dev.quintet.template.internal;

import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;

/** HTML escaping exactly as Django's {@code django.utils.html.escape}. */
public final class Html {
    private Html() {
    }

    /** Escapes {@code & < > " '} (the quote as {@code &#x27;}), as Django does. */
    public static String escape(CharSequence text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                break;
            }
            i++;
        }
        if (i == n) {
            return text.toString();
        }
        StringBuilder out = new StringBuilder(n + 16);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Django's {@code conditional_escape}: safe strings pass, anything else is escaped. */
    public static SafeString conditionalEscape(Object value) {
        if (value instanceof SafeString s) {
            return s;
        }
        if (value instanceof HtmlSafe h) {
            return h.toHtml();
        }
        return SafeString.of(escape(Py.str(value)));
    }
}
