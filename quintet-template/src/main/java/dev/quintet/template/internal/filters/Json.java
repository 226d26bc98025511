package dev.quintet.template.internal.filters;

import dev.quintet.template.internal.Py;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * JSON exactly as Python's {@code json.dumps(value, cls=DjangoJSONEncoder)} writes it: {@code ", "}
 * and {@code ": "} separators, non-ASCII escaped as {@code \\uXXXX}, {@code NaN}/{@code Infinity}
 * for non-finite floats, dates and times in ISO 8601 (milliseconds, {@code Z} for UTC), decimals
 * and UUIDs as strings. Other objects are a TypeError, as in Django.
 */
final class Json {
    private Json() {
    }

    static String dumps(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case CharSequence s -> string(s.toString(), out);
            case Character c -> string(c.toString(), out);
            case Boolean b -> out.append(b ? "true" : "false");
            case Integer i -> out.append(i);
            case Long l -> out.append(l);
            case Short s -> out.append(s);
            case Byte b -> out.append(b);
            case BigInteger b -> out.append(b);
            case Double d -> out.append(floatJson(d));
            case Float f -> out.append(floatJson(Double.parseDouble(Float.toString(f))));
            case Map<?, ?> m -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> e : m.entrySet()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    string(key(e.getKey()), out);
                    out.append(": ");
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case Iterable<?> it -> {
                out.append('[');
                boolean first = true;
                for (Object item : it) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    write(item, out);
                }
                out.append(']');
            }
            case Optional<?> o -> write(o.orElse(null), out);
            default -> {
                if (value.getClass().isArray()) {
                    out.append('[');
                    int n = Array.getLength(value);
                    for (int i = 0; i < n; i++) {
                        if (i > 0) {
                            out.append(", ");
                        }
                        write(Array.get(value, i), out);
                    }
                    out.append(']');
                } else {
                    string(encodeDefault(value), out);
                }
            }
        }
    }

    /** Python's float repr in JSON: {@code NaN}, {@code Infinity}, {@code -Infinity}. */
    private static String floatJson(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        return Py.floatRepr(d);
    }

    /** Dict keys: strings as they are; numbers, booleans and None converted as json.dumps does. */
    private static String key(Object k) {
        return switch (k) {
            case CharSequence s -> s.toString();
            case Boolean b -> b ? "true" : "false";
            case null -> "null";
            case Double d -> floatJson(d);
            case Float f -> floatJson(Double.parseDouble(Float.toString(f)));
            case Integer i -> i.toString();
            case Long l -> l.toString();
            case BigInteger b -> b.toString();
            case Short s -> s.toString();
            case Byte b -> b.toString();
            default -> throw PyErr.type("keys must be str, int, float, bool or None, not " + PyOps.typeName(k));
        };
    }

    /** {@code DjangoJSONEncoder.default}. */
    private static String encodeDefault(Object o) {
        return switch (o) {
            case LocalDateTime dt -> isoDateTime(dt, null);
            case OffsetDateTime dt -> isoDateTime(dt.toLocalDateTime(), dt.getOffset());
            case ZonedDateTime dt -> isoDateTime(dt.toLocalDateTime(), dt.getOffset());
            case Instant i -> isoDateTime(LocalDateTime.ofInstant(i, ZoneOffset.UTC), ZoneOffset.UTC);
            case LocalDate d -> d.toString();
            case LocalTime t -> {
                String r = DateFormat.isoTime(t);
                yield t.getNano() / 1000 != 0 ? r.substring(0, 12) : r;
            }
            case Duration d -> durationIsoString(d);
            case BigDecimal d -> d.toString();
            case UUID u -> u.toString();
            default -> throw PyErr.type("Object of type " + o.getClass().getSimpleName() + " is not JSON serializable");
        };
    }

    private static String isoDateTime(LocalDateTime dt, ZoneOffset offset) {
        String r = dt.toLocalDate() + "T" + DateFormat.isoTime(dt.toLocalTime());
        if (dt.getNano() / 1000 != 0) {
            r = r.substring(0, 23);
        }
        if (offset != null) {
            String off = DateFormat.isoOffset(offset);
            r = off.equals("+00:00") ? r + "Z" : r + off;
        }
        return r;
    }

    /** Django's {@code duration_iso_string}. */
    static String durationIsoString(Duration duration) {
        String sign = "";
        if (duration.isNegative()) {
            sign = "-";
            duration = duration.negated();
        }
        long totalMicros = duration.getSeconds() * 1_000_000L + duration.getNano() / 1000;
        long days = totalMicros / 86_400_000_000L;
        long rest = totalMicros % 86_400_000_000L;
        long micros = rest % 1_000_000L;
        long seconds = rest / 1_000_000L;
        long minutes = seconds / 60;
        seconds %= 60;
        long hours = minutes / 60;
        minutes %= 60;
        String ms = micros != 0 ? String.format(".%06d", micros) : "";
        return String.format("%sP%dDT%02dH%02dM%02d%sS", sign, days, hours, minutes, seconds, ms);
    }

    /** A JSON string literal with {@code ensure_ascii}. */
    private static void string(String s, StringBuilder out) {
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
                    if (c < 0x20 || c > 0x7e) {
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
