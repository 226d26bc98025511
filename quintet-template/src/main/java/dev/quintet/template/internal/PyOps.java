package dev.quintet.template.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Python's operators on Java values, for {@code {% if %}}, {@code {% for %}} and friends. */
public final class PyOps {
    private PyOps() {
    }

    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");

    /** True for values Python treats as numbers (bool included, as Python does). */
    public static boolean isNumber(Object o) {
        return o instanceof Number || o instanceof Boolean;
    }

    private static boolean isIntegral(Object o) {
        return o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte
                || o instanceof BigInteger || o instanceof Boolean;
    }

    /** A number as a BigDecimal, for exact mixed comparisons; null for NaN and infinities. */
    private static BigDecimal big(Object o) {
        return switch (o) {
            case Boolean b -> b ? BigDecimal.ONE : BigDecimal.ZERO;
            case BigDecimal bd -> bd;
            case BigInteger bi -> new BigDecimal(bi);
            case Double d -> d.isNaN() || d.isInfinite() ? null : new BigDecimal(d);
            case Float f -> f.isNaN() || f.isInfinite() ? null : new BigDecimal(f);
            case Number n -> BigDecimal.valueOf(n.longValue());
            default -> null;
        };
    }

    private static long asLong(Object o) {
        return o instanceof Boolean b ? (b ? 1 : 0) : ((Number) o).longValue();
    }

    /** Python's {@code a == b}. */
    public static boolean eq(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            if (isIntegral(a) && isIntegral(b) && !(a instanceof BigInteger) && !(b instanceof BigInteger)) {
                return asLong(a) == asLong(b);
            }
            Integer c = compareNumbers(a, b);
            return c != null && c == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().contentEquals(y);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            Iterator<?> i = x.iterator();
            Iterator<?> j = y.iterator();
            while (i.hasNext()) {
                if (!eq(i.next(), j.next())) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<?, ?> e : x.entrySet()) {
                if (!y.containsKey(e.getKey()) || !eq(e.getValue(), y.get(e.getKey()))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Python's {@code a is b}: identity, with None, booleans and small ints interned as in CPython. */
    public static boolean is(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (a instanceof Boolean && b instanceof Boolean) {
            return a.equals(b);
        }
        if ((a instanceof Integer || a instanceof Long) && (b instanceof Integer || b instanceof Long)) {
            long x = ((Number) a).longValue();
            long y = ((Number) b).longValue();
            return x == y && x >= -5 && x <= 256;
        }
        return false;
    }

    private static Integer compareNumbers(Object a, Object b) {
        if (isIntegral(a) && isIntegral(b) && !(a instanceof BigInteger) && !(b instanceof BigInteger)) {
            return Long.compare(asLong(a), asLong(b));
        }
        if ((a instanceof Double || a instanceof Float) && (b instanceof Double || b instanceof Float)) {
            double x = ((Number) a).doubleValue();
            double y = ((Number) b).doubleValue();
            if (Double.isNaN(x) || Double.isNaN(y)) {
                return null;
            }
            return Double.compare(x == 0 ? 0.0 : x, y == 0 ? 0.0 : y);
        }
        BigDecimal x = big(a);
        BigDecimal y = big(b);
        if (x == null || y == null) {
            double dx = a instanceof Boolean ba ? (ba ? 1 : 0) : ((Number) a).doubleValue();
            double dy = b instanceof Boolean bb ? (bb ? 1 : 0) : ((Number) b).doubleValue();
            if (Double.isNaN(dx) || Double.isNaN(dy)) {
                return null;
            }
            return Double.compare(dx, dy);
        }
        return x.compareTo(y);
    }

    /**
     * Python's ordering of two values: negative, zero or positive, or {@code null} when Python
     * would raise {@code TypeError} (or the comparison is with NaN).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Integer compare(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) {
            // The common float case ({% if item.change < 0.0 %}), before the general dispatch.
            double dx = x;
            double dy = y;
            if (Double.isNaN(dx) || Double.isNaN(dy)) {
                return null;
            }
            return Double.compare(dx == 0 ? 0.0 : dx, dy == 0 ? 0.0 : dy);
        }
        if (a == null || b == null) {
            return null;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return compareStrings(x.toString(), y.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            int n = Math.min(x.size(), y.size());
            for (int i = 0; i < n; i++) {
                Object p = x.get(i);
                Object q = y.get(i);
                if (!eq(p, q)) {
                    return compare(p, q);
                }
            }
            return Integer.compare(x.size(), y.size());
        }
        if (a instanceof Comparable ca && b.getClass() == a.getClass()) {
            try {
                return Integer.signum(ca.compareTo(b));
            } catch (ClassCastException e) {
                return null;
            }
        }
        return null;
    }

    /** Compares by code point, as Python does. */
    public static int compareStrings(String x, String y) {
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            int cx = x.codePointAt(i);
            int cy = y.codePointAt(j);
            if (cx != cy) {
                return Integer.compare(cx, cy);
            }
            i += Character.charCount(cx);
            j += Character.charCount(cy);
        }
        return Integer.compare(x.length() - i, y.length() - j);
    }

    /** Python's {@code item in container}; {@code null} when Python would raise {@code TypeError}. */
    public static Boolean contains(Object container, Object item) {
        switch (container) {
            case null -> {
                return null;
            }
            case CharSequence s -> {
                if (!(item instanceof CharSequence sub)) {
                    return null;
                }
                return s.toString().contains(sub);
            }
            case Map<?, ?> m -> {
                try {
                    if (m.containsKey(item)) {
                        return true;
                    }
                } catch (ClassCastException | NullPointerException ignored) {
                    // fall through to the slow path
                }
                for (Object k : m.keySet()) {
                    if (eq(k, item)) {
                        return true;
                    }
                }
                return false;
            }
            default -> {
                Iterable<?> it = iterable(container);
                if (it == null) {
                    return null;
                }
                for (Object o : it) {
                    if (eq(o, item)) {
                        return true;
                    }
                }
                return false;
            }
        }
    }

    /** The value as something to iterate the way Python does, or {@code null} if it is not iterable. */
    public static Iterable<?> iterable(Object value) {
        return switch (value) {
            case null -> null;
            case Iterable<?> it -> it;
            case Map<?, ?> m -> m.keySet();
            case Object[] a -> java.util.Arrays.asList(a);
            case CharSequence s -> {
                List<String> chars = new ArrayList<>(s.length());
                String str = s.toString();
                for (int i = 0; i < str.length(); ) {
                    int cp = str.codePointAt(i);
                    chars.add(new String(Character.toChars(cp)));
                    i += Character.charCount(cp);
                }
                yield chars;
            }
            case Map.Entry<?, ?> e -> java.util.Arrays.asList(e.getKey(), e.getValue());
            case Stream<?> s -> s.toList();
            case Iterator<?> i -> {
                List<Object> l = new ArrayList<>();
                i.forEachRemaining(l::add);
                yield l;
            }
            default -> {
                if (value.getClass().isArray()) {
                    int n = java.lang.reflect.Array.getLength(value);
                    List<Object> l = new ArrayList<>(n);
                    for (int i = 0; i < n; i++) {
                        l.add(java.lang.reflect.Array.get(value, i));
                    }
                    yield l;
                }
                yield null;
            }
        };
    }

    /** The value as a list (Python's {@code list(value)}), or null if not iterable. */
    public static List<?> toList(Object value) {
        if (value instanceof List<?> l) {
            return l;
        }
        Iterable<?> it = iterable(value);
        if (it == null) {
            return null;
        }
        if (it instanceof Collection<?> c) {
            return new ArrayList<>(c);
        }
        List<Object> l = new ArrayList<>();
        it.forEach(l::add);
        return l;
    }

    /** Python's {@code len(value)}, or -1 when it has none. */
    public static int len(Object value) {
        return switch (value) {
            case null -> -1;
            case CharSequence s -> s.toString().codePointCount(0, s.length());
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            case Object[] a -> a.length;
            default -> value.getClass().isArray() ? java.lang.reflect.Array.getLength(value) : -1;
        };
    }

    /** Python's {@code float(value)}; throws {@link NumberFormatException} (ValueError) or {@link ClassCastException} (TypeError). */
    public static double toFloat(Object value) {
        switch (value) {
            case Boolean b -> {
                return b ? 1 : 0;
            }
            case Number n -> {
                return n.doubleValue();
            }
            case CharSequence cs -> {
                String s = cs.toString().strip().replace("_", "");
                String lower = s.toLowerCase();
                String unsigned = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
                if (unsigned.equals("inf") || unsigned.equals("infinity")) {
                    return lower.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                }
                if (unsigned.equals("nan")) {
                    return Double.NaN;
                }
                if (!FLOAT.matcher(s).matches()) {
                    throw new NumberFormatException("could not convert string to float: '" + s + "'");
                }
                return Double.parseDouble(s);
            }
            case null, default -> throw new ClassCastException("float() argument must be a string or a number");
        }
    }

    /** Python's {@code int(value)}: truncates floats, parses decimal strings. */
    public static Number toInt(Object value) {
        switch (value) {
            case Boolean b -> {
                return b ? 1 : 0;
            }
            case Integer i -> {
                return i;
            }
            case Long l -> {
                return l;
            }
            case Double d -> {
                if (d.isNaN() || d.isInfinite()) {
                    throw new NumberFormatException("cannot convert float " + Py.str(d) + " to integer");
                }
                return narrow(new BigDecimal(d).toBigInteger());
            }
            case BigDecimal bd -> {
                return narrow(bd.toBigInteger());
            }
            case BigInteger bi -> {
                return narrow(bi);
            }
            case Number n -> {
                return n.longValue();
            }
            case CharSequence cs -> {
                String s = cs.toString().strip();
                if (!INT.matcher(s).matches()) {
                    throw new NumberFormatException("invalid literal for int() with base 10: '" + s + "'");
                }
                return narrow(new BigInteger(s.replace("_", "").replace("+", "")));
            }
            case null, default -> throw new ClassCastException("int() argument must be a string or a number");
        }
    }

    /** A BigInteger as the smallest of Integer, Long, BigInteger. */
    public static Number narrow(BigInteger bi) {
        if (bi.bitLength() < 32) {
            return bi.intValue();
        }
        if (bi.bitLength() < 64) {
            return bi.longValue();
        }
        return bi;
    }

    /** Parses a Python float literal as the template language reads numbers, or null. */
    public static Double parseFloatLiteral(String s) {
        return FLOAT.matcher(s).matches() ? Double.valueOf(Double.parseDouble(s)) : null;
    }

    /** Parses a Python int literal as the template language reads numbers, or null. */
    public static Number parseIntLiteral(String s) {
        return INT.matcher(s).matches() ? narrow(new BigInteger(s.replace("_", "").replace("+", ""))) : null;
    }

    /** Python's {@code repr()} of a string, as used in error messages. */
    public static String repr(Object value) {
        if (value instanceof CharSequence cs) {
            String s = cs.toString();
            char q = s.contains("'") && !s.contains("\"") ? '"' : '\'';
            StringBuilder sb = new StringBuilder().append(q);
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> sb.append("\\\\");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    case '\t' -> sb.append("\\t");
                    default -> {
                        if (c == q) {
                            sb.append('\\');
                        }
                        sb.append(c);
                    }
                }
            }
            return sb.append(q).toString();
        }
        if (value instanceof List<?> l) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(repr(l.get(i)));
            }
            return sb.append(']').toString();
        }
        return Py.str(value);
    }
}
