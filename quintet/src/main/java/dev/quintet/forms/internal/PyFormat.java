package dev.quintet.forms.internal;

import java.math.BigDecimal;
import java.util.Map;

/** Python's {@code "%(name)s" % params} as Django's messages use it ({@code s}, {@code d}, {@code r}). */
public final class PyFormat {
    private PyFormat() {
    }

    /** Replaces {@code %(name)s}/{@code %(name)d}/{@code %(name)r} and {@code %%}; no params leaves the text as is. */
    public static String format(String template, Map<String, ?> params) {
        if (template == null) {
            return null;
        }
        if (params == null || params.isEmpty() || template.indexOf('%') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder(template.length() + 16);
        int i = 0;
        int n = template.length();
        while (i < n) {
            char c = template.charAt(i);
            if (c == '%' && i + 1 < n && template.charAt(i + 1) == '(') {
                int close = template.indexOf(')', i + 2);
                if (close > 0 && close + 1 < n) {
                    String key = template.substring(i + 2, close);
                    char conv = template.charAt(close + 1);
                    if (params.containsKey(key)) {
                        Object v = params.get(key);
                        out.append(switch (conv) {
                            case 'd' -> v instanceof Number num ? String.valueOf(num.longValue()) : str(v);
                            case 'r' -> repr(v);
                            default -> str(v);
                        });
                        i = close + 2;
                        continue;
                    }
                }
            } else if (c == '%' && i + 1 < n && template.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Python's {@code str()} of common Java values. */
    public static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof BigDecimal d) {
            return d.toPlainString();
        }
        return v.toString();
    }

    private static String repr(Object v) {
        return v instanceof CharSequence s ? "'" + s + "'" : str(v);
    }
}
