package dev.quintet.template.internal.filters;

import dev.quintet.template.SafeString;
import dev.quintet.template.library.FilterContext;

import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Decodes the tagged JSON of {@code filters/cases.jsonl} into the Java stand-ins for Python
 * values, compares filter results with Python's equality, and provides a test
 * {@link FilterContext}.
 */
final class TestValues {
    private TestValues() {
    }

    /** A Python object with attributes ({@code types.SimpleNamespace}). */
    record Obj(Map<String, Object> attrs) {
    }

    @SuppressWarnings("unchecked")
    static Object decode(Object v) {
        if (v instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (Object o : list) {
                out.add(decode(o));
            }
            return out;
        }
        if (v instanceof Map<?, ?> raw) {
            Map<String, Object> map = (Map<String, Object>) raw;
            if (!map.isEmpty() && map.keySet().iterator().next().startsWith("$")) {
                String tag = map.keySet().iterator().next();
                Object body = map.get(tag);
                return switch (tag) {
                    case "$safe" -> SafeString.of((String) body);
                    case "$decimal" -> new BigDecimal((String) body);
                    case "$float" -> switch ((String) body) {
                        case "nan" -> Double.NaN;
                        case "inf" -> Double.POSITIVE_INFINITY;
                        case "-inf" -> Double.NEGATIVE_INFINITY;
                        default -> Double.parseDouble((String) body);
                    };
                    case "$tuple" -> ((List<Object>) decode(body)).toArray();
                    case "$dict" -> {
                        Map<Object, Object> out = new LinkedHashMap<>();
                        for (Object pair : (List<Object>) body) {
                            List<Object> kv = (List<Object>) pair;
                            out.put(decode(kv.get(0)), decode(kv.get(1)));
                        }
                        yield out;
                    }
                    case "$obj" -> new Obj((Map<String, Object>) decode(body));
                    case "$date" -> LocalDate.parse((String) body);
                    case "$time" -> LocalTime.parse((String) body);
                    case "$duration" -> Duration.ofSeconds(((Number) body).longValue());
                    case "$datetime" -> {
                        LocalDateTime dt = LocalDateTime.parse((String) body);
                        Object tz = map.get("tz");
                        yield tz == null ? dt : dt.atZone(ZoneId.of((String) tz));
                    }
                    default -> throw new IllegalArgumentException("unknown tag " + tag);
                };
            }
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(k, decode(val)));
            return out;
        }
        return v;
    }

    private static boolean isIntegral(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof BigInteger || o instanceof Short
                || o instanceof Byte;
    }

    private static BigInteger big(Object o) {
        return o instanceof BigInteger b ? b : BigInteger.valueOf(((Number) o).longValue());
    }

    private static List<Object> seq(Object o) {
        if (o instanceof List<?> l) {
            return new ArrayList<>(l);
        }
        if (o != null && o.getClass().isArray()) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < Array.getLength(o); i++) {
                out.add(Array.get(o, i));
            }
            return out;
        }
        return null;
    }

    /** Python equality of an expected value with an actual one, telling str from SafeString. */
    static boolean same(Object expected, Object actual) {
        if (expected == null || actual == null) {
            return expected == actual;
        }
        if (expected instanceof SafeString) {
            return actual instanceof SafeString && expected.toString().equals(actual.toString());
        }
        if (expected instanceof String) {
            return actual instanceof String && expected.equals(actual);
        }
        if (expected instanceof Boolean) {
            return expected.equals(actual);
        }
        if (isIntegral(expected)) {
            return isIntegral(actual) && big(expected).equals(big(actual));
        }
        if (expected instanceof Double d) {
            return actual instanceof Double a && (d.equals(a) || (d.isNaN() && a.isNaN()));
        }
        if (expected instanceof BigDecimal d) {
            return actual instanceof BigDecimal a && d.toString().equals(a.toString());
        }
        List<Object> e = seq(expected);
        if (e != null) {
            List<Object> a = seq(actual);
            if (a == null || a.size() != e.size()) {
                return false;
            }
            for (int i = 0; i < e.size(); i++) {
                if (!same(e.get(i), a.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (expected instanceof Map<?, ?> em) {
            if (!(actual instanceof Map<?, ?> am) || em.size() != am.size()) {
                return false;
            }
            var ei = em.entrySet().iterator();
            var ai = am.entrySet().iterator();
            while (ei.hasNext()) {
                var x = ei.next();
                var y = ai.next();
                if (!same(x.getKey(), y.getKey()) || !same(x.getValue(), y.getValue())) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(expected, actual);
    }

    /** Shows a value with its Java type, for failure messages. */
    static String show(Object v) {
        if (v == null) {
            return "null";
        }
        List<Object> s = seq(v);
        if (s != null) {
            List<String> parts = new ArrayList<>();
            for (Object o : s) {
                parts.add(show(o));
            }
            return v.getClass().getSimpleName() + parts;
        }
        return v.getClass().getSimpleName() + "<" + v + ">";
    }

    /** The context filters see in the tests: attribute lookup on maps, lists, records and {@link Obj}. */
    static FilterContext context(boolean autoescape, ZoneId zone) {
        return new FilterContext() {
            @Override
            public boolean autoescape() {
                return autoescape;
            }

            @Override
            public ZoneId zone() {
                return zone;
            }

            @Override
            public String stringIfInvalid() {
                return "";
            }

            @Override
            public Object lookup(Object value, String path) {
                Object current = value;
                for (String part : path.split("\\.")) {
                    current = lookupOne(current, part);
                    if (current == null) {
                        return null;
                    }
                }
                return current;
            }
        };
    }

    private static Object lookupOne(Object value, String part) {
        if (value instanceof Map<?, ?> map) {
            return map.get(part);
        }
        if (value instanceof Obj obj) {
            return obj.attrs().get(part);
        }
        if (value instanceof List<?> list) {
            try {
                int index = Integer.parseInt(part);
                return index >= 0 && index < list.size() ? list.get(index) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (value != null && value.getClass().isRecord()) {
            for (RecordComponent rc : value.getClass().getRecordComponents()) {
                if (rc.getName().equals(part)) {
                    try {
                        return rc.getAccessor().invoke(value);
                    } catch (ReflectiveOperationException e) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    /** Django's {@code FilterExpression} around a filter call: local time, autoescape, is_safe. */
    static Object applyLikeEngine(dev.quintet.template.library.Filter filter, Object value, Object arg,
                                  FilterContext ctx) throws Exception {
        Object obj = value;
        if (filter.expectsLocaltime()) {
            if (obj instanceof ZonedDateTime z) {
                obj = z.withZoneSameInstant(ctx.zone());
            } else if (obj instanceof OffsetDateTime o) {
                obj = o.atZoneSameInstant(ctx.zone());
            }
        }
        Object result = filter.function().apply(obj, arg, ctx);
        if (filter.isSafe() && obj instanceof SafeString && result instanceof CharSequence cs) {
            return SafeString.of(cs);
        }
        return result;
    }
}
