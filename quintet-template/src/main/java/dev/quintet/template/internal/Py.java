package dev.quintet.template.internal;

import dev.quintet.template.SafeString;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Python's {@code str()} and truthiness on Java values: the template language is specified in
 * Python terms ({@code None}, {@code True}, {@code 1e+16}), so both the engine and the filters
 * convert through here and agree.
 */
public final class Py {
    private Py() {
    }

    /**
     * Python's {@code str(value)}: {@code None}, {@code True}/{@code False}, floats as {@code repr},
     * lists and maps as Python shows them ({@code ['a', 1]}, {@code {'k': None}}), dates and times
     * as Python's {@code str()} of {@code date}, {@code datetime} and {@code time}.
     */
    public static String str(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> s;
            case SafeString s -> s.toString();
            case Boolean b -> b ? "True" : "False";
            case Double d -> floatRepr(d);
            case Float f -> floatRepr(Double.parseDouble(Float.toString(f)));
            case BigDecimal bd -> bd.toString();
            case Optional<?> o -> o.isPresent() ? str(o.get()) : "None";
            case Collection<?> c -> repr(c);
            case Map<?, ?> m -> repr(m);
            case Object[] a -> repr(a);
            case LocalDateTime dt -> dt.toLocalDate() + " " + timeStr(dt.toLocalTime());
            case LocalTime t -> timeStr(t);
            case OffsetDateTime dt -> dt.toLocalDate() + " " + timeStr(dt.toLocalTime()) + offsetStr(dt.getOffset());
            case ZonedDateTime dt -> dt.toLocalDate() + " " + timeStr(dt.toLocalTime()) + offsetStr(dt.getOffset());
            case OffsetTime t -> timeStr(t.toLocalTime()) + offsetStr(t.getOffset());
            case Instant i -> str(i.atOffset(ZoneOffset.UTC));
            default -> value.getClass().isArray() ? repr(value) : value.toString();
        };
    }

    /**
     * Python's {@code repr(value)}: strings quoted and escaped ({@code 'it\'s'} is shown as
     * {@code "it's"}), containers with the {@code repr} of their items, dates as
     * {@code datetime.date(2024, 1, 2)}; other objects as {@link #str}.
     */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        repr(value, out);
        return out.toString();
    }

    private static void repr(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("None");
            case CharSequence s -> reprString(s.toString(), out);
            case Character c -> reprString(c.toString(), out);
            case Set<?> set -> {
                if (set.isEmpty()) {
                    out.append("set()");
                    return;
                }
                out.append('{');
                reprItems(set.iterator(), out);
                out.append('}');
            }
            case Collection<?> c -> {
                out.append('[');
                reprItems(c.iterator(), out);
                out.append(']');
            }
            case Map<?, ?> m -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    repr(e.getKey(), out);
                    out.append(": ");
                    repr(e.getValue(), out);
                }
                out.append('}');
            }
            case BigDecimal bd -> out.append("Decimal('").append(bd).append("')");
            case LocalDate d -> out.append("datetime.date(").append(d.getYear()).append(", ")
                    .append(d.getMonthValue()).append(", ").append(d.getDayOfMonth()).append(')');
            case LocalDateTime dt -> {
                out.append("datetime.datetime(");
                reprDateTimeFields(dt, out);
                out.append(')');
            }
            case ZonedDateTime dt -> {
                out.append("datetime.datetime(");
                reprDateTimeFields(dt.toLocalDateTime(), out);
                out.append(", tzinfo=");
                if (dt.getZone() instanceof ZoneOffset offset) {
                    reprOffset(offset, out);
                } else {
                    out.append("zoneinfo.ZoneInfo(key='").append(dt.getZone().getId()).append("')");
                }
                out.append(')');
            }
            case OffsetDateTime dt -> {
                out.append("datetime.datetime(");
                reprDateTimeFields(dt.toLocalDateTime(), out);
                out.append(", tzinfo=");
                reprOffset(dt.getOffset(), out);
                out.append(')');
            }
            case Instant i -> repr(i.atOffset(ZoneOffset.UTC), out);
            case LocalTime t -> {
                out.append("datetime.time(").append(t.getHour()).append(", ").append(t.getMinute());
                int micros = t.getNano() / 1000;
                if (t.getSecond() != 0 || micros != 0) {
                    out.append(", ").append(t.getSecond());
                }
                if (micros != 0) {
                    out.append(", ").append(micros);
                }
                out.append(')');
            }
            case Optional<?> o -> repr(o.orElse(null), out);
            default -> {
                if (value.getClass().isArray()) {
                    out.append('[');
                    int n = Array.getLength(value);
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        repr(Array.get(value, i), out);
                    }
                    out.append(']');
                } else {
                    out.append(str(value));
                }
            }
        }
    }

    private static void reprItems(Iterator<?> it, StringBuilder out) {
        boolean first = true;
        while (it.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            repr(it.next(), out);
        }
    }

    private static void reprDateTimeFields(LocalDateTime dt, StringBuilder out) {
        out.append(dt.getYear()).append(", ").append(dt.getMonthValue()).append(", ")
                .append(dt.getDayOfMonth()).append(", ").append(dt.getHour()).append(", ")
                .append(dt.getMinute());
        int micros = dt.getNano() / 1000;
        if (dt.getSecond() != 0 || micros != 0) {
            out.append(", ").append(dt.getSecond());
        }
        if (micros != 0) {
            out.append(", ").append(micros);
        }
    }

    private static void reprOffset(ZoneOffset offset, StringBuilder out) {
        if (offset.getTotalSeconds() == 0) {
            out.append("datetime.timezone.utc");
        } else {
            int seconds = offset.getTotalSeconds();
            out.append("datetime.timezone(datetime.timedelta(");
            if (seconds < 0) {
                // Python normalises negative deltas to days=-1, seconds=86400-n
                out.append("days=-1, seconds=").append(86400 + seconds);
            } else {
                out.append("seconds=").append(seconds);
            }
            out.append("))");
        }
    }

    /** Python's {@code repr(str)}. */
    private static void reprString(String s, StringBuilder out) {
        char quote = (s.indexOf('\'') >= 0 && s.indexOf('"') < 0) ? '"' : '\'';
        out.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                out.append('\\').append((char) cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < ' ' || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                out.append((char) cp);
            } else if (isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        out.append(quote);
    }

    /** Python's {@code str.isprintable()} for one code point. */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code str(time)}: {@code HH:MM:SS}, then {@code .ffffff} when there are microseconds. */
    private static String timeStr(LocalTime t) {
        String base = String.format("%02d:%02d:%02d", t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        return micros == 0 ? base : base + String.format(".%06d", micros);
    }

    /** Python's UTC offset in {@code str(datetime)}: {@code +HH:MM}, seconds only when present. */
    private static String offsetStr(ZoneOffset offset) {
        int total = offset.getTotalSeconds();
        String sign = total < 0 ? "-" : "+";
        total = Math.abs(total);
        String s = String.format("%s%02d:%02d", sign, total / 3600, (total / 60) % 60);
        return total % 60 == 0 ? s : s + String.format(":%02d", total % 60);
    }

    /** Python's {@code repr(float)}: shortest round-trip digits, exponent outside 1e-4..1e16. */
    public static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0) {
            return (1 / d < 0) ? "-0.0" : "0.0";
        }
        // Java's Double.toString gives the shortest round-trip digits (JDK 19+), as Python does;
        // only the layout differs.
        BigDecimal bd = new BigDecimal(Double.toString(d));
        String digits = bd.unscaledValue().abs().toString();
        int exponent = digits.length() - 1 - bd.scale(); // decimal exponent of the first digit
        String trimmed = digits.replaceFirst("0+$", "");
        if (trimmed.isEmpty()) {
            trimmed = "0";
        }
        String sign = d < 0 ? "-" : "";
        if (exponent < -4 || exponent >= 16) {
            String mantissa = trimmed.length() == 1 ? trimmed : trimmed.charAt(0) + "." + trimmed.substring(1);
            String exp = String.format("%02d", Math.abs(exponent));
            return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + exp;
        }
        if (exponent >= 0) {
            if (trimmed.length() <= exponent + 1) {
                return sign + trimmed + "0".repeat(exponent + 1 - trimmed.length()) + ".0";
            }
            return sign + trimmed.substring(0, exponent + 1) + "." + trimmed.substring(exponent + 1);
        }
        return sign + "0." + "0".repeat(-exponent - 1) + trimmed;
    }

    /** Python's truthiness: {@code None}, {@code False}, zero, empty strings and collections are false. */
    public static boolean isTrue(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case CharSequence s -> !s.isEmpty();
            case Integer i -> i != 0;
            case Long l -> l != 0;
            case Double d -> d != 0;
            case Float f -> f != 0;
            case BigDecimal bd -> bd.signum() != 0;
            case Number n -> n.doubleValue() != 0;
            case Collection<?> c -> !c.isEmpty();
            case Map<?, ?> m -> !m.isEmpty();
            case Optional<?> o -> o.isPresent() && isTrue(o.get());
            case Object[] a -> a.length > 0;
            default -> !value.getClass().isArray() || Array.getLength(value) > 0;
        };
    }
}
