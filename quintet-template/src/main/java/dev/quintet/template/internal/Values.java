package dev.quintet.template.internal;

import dev.quintet.template.Context;
import dev.quintet.template.HtmlSafe;
import dev.quintet.template.SafeString;
import dev.quintet.template.library.Filter;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/** Django's {@code render_value_in_context}, and the escaping it does. */
public final class Values {
    private Values() {
    }

    /** Writes a value as a variable node does: localized, then escaped if autoescape is on. */
    public static void render(Object value, Context context, Appendable out) throws IOException {
        if (value instanceof String s) {
            if (context.autoescape()) {
                escapeTo(s, out);
            } else {
                out.append(s);
            }
            return;
        }
        if (value instanceof SafeString s) {
            out.append(s.toString());
            return;
        }
        if (value instanceof HtmlSafe h && context.autoescape()) {
            out.append(h.toHtml().toString());
            return;
        }
        // Numbers never need escaping: write them without the escape scan (and, into a
        // StringBuilder, without an intermediate string for integers).
        if (value instanceof Integer i) {
            if (out instanceof StringBuilder sb) {
                sb.append(i.intValue());
            } else {
                out.append(Integer.toString(i));
            }
            return;
        }
        if (value instanceof Long l) {
            if (out instanceof StringBuilder sb) {
                sb.append(l.longValue());
            } else {
                out.append(Long.toString(l));
            }
            return;
        }
        if (value instanceof Double d) {
            double x = d;
            double abs = Math.abs(x);
            if (abs >= 1e-3 && abs < 1e7 && out instanceof StringBuilder sb) {
                // In this range Java's shortest repr is positional and equals Python's repr.
                sb.append(x);
            } else {
                out.append(plainFloat(Py.floatRepr(x)));
            }
            return;
        }
        String text = localize(value, context);
        if (context.autoescape()) {
            escapeTo(text, out);
        } else {
            out.append(text);
        }
    }

    /** The value as a string, safe if it was safe or autoescape is on (then escaped). */
    public static CharSequence renderToText(Object value, Context context) {
        if (value instanceof SafeString s) {
            return s;
        }
        if (value instanceof HtmlSafe h && context.autoescape()) {
            return h.toHtml();
        }
        String text = localize(value, context);
        return context.autoescape() ? SafeString.of(Html.escape(text)) : text;
    }

    /** Python's str() after Django's localize() with default settings. */
    public static String localize(Object value, Context context) {
        switch (value) {
            case null -> {
                return "None";
            }
            case String s -> {
                return s;
            }
            case Double d -> {
                return plainFloat(Py.floatRepr(d));
            }
            case Float f -> {
                return plainFloat(Py.floatRepr(f.doubleValue()));
            }
            case BigDecimal bd -> {
                return bd.toPlainString();
            }
            case TemporalAccessor t -> {
                String formatted = formatTemporal(t, context);
                return formatted != null ? formatted : Py.str(value);
            }
            default -> {
                return Py.str(value);
            }
        }
    }

    private static String plainFloat(String repr) {
        if (repr.indexOf('e') < 0) {
            return repr;
        }
        return new BigDecimal(repr).toPlainString();
    }

    private static String formatTemporal(TemporalAccessor t, Context context) {
        Object value = localtime(t, context.zone());
        Filter filter;
        String format;
        if (value instanceof LocalTime || value instanceof OffsetTime) {
            filter = context.engine() == null ? null : context.engine().builtinFilter("time");
            format = "P";
        } else if (value instanceof LocalDate) {
            filter = context.engine() == null ? null : context.engine().builtinFilter("date");
            format = "N j, Y";
        } else if (value instanceof ZonedDateTime || value instanceof java.time.LocalDateTime) {
            filter = context.engine() == null ? null : context.engine().builtinFilter("date");
            format = "N j, Y, P";
        } else {
            return null;
        }
        if (filter == null) {
            return null;
        }
        try {
            Object out = filter.function().apply(value, SafeString.of(format), context);
            return out == null ? null : out.toString();
        } catch (Exception e) {
            return null;
        }
    }

    /** Django's {@code template_localtime}: aware date-times to the current zone. */
    public static Object localtime(Object value, ZoneId zone) {
        return switch (value) {
            case ZonedDateTime z -> z.withZoneSameInstant(zone);
            case OffsetDateTime o -> o.atZoneSameInstant(zone);
            case Instant i -> i.atZone(zone);
            case null, default -> value;
        };
    }

    /** Writes {@code text} HTML-escaped, as Django's {@code escape}. */
    public static void escapeTo(CharSequence text, Appendable out) throws IOException {
        int n = text.length();
        int last = 0;
        for (int i = 0; i < n; i++) {
            String rep;
            switch (text.charAt(i)) {
                case '&' -> rep = "&amp;";
                case '<' -> rep = "&lt;";
                case '>' -> rep = "&gt;";
                case '"' -> rep = "&quot;";
                case '\'' -> rep = "&#x27;";
                default -> {
                    continue;
                }
            }
            if (i > last) {
                out.append(text, last, i);
            }
            out.append(rep);
            last = i + 1;
        }
        if (last == 0) {
            out.append(text);
        } else if (last < n) {
            out.append(text, last, n);
        }
    }
}
