package dev.quintet.template.internal.filters;

import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Py;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Python's built-in operations on Java values, as the filters need them: {@code int()},
 * {@code float()}, {@code len()}, indexing, iteration, ordering, and the string methods whose
 * Unicode rules differ from Java's ({@code split()}, {@code strip()}, {@code splitlines()}).
 *
 * <p>Python's types map to Java's as the template language documents: {@code str} is
 * {@link String} or {@link SafeString}; {@code int} is {@link Integer}, {@link Long},
 * {@link BigInteger} (and {@link Short}, {@link Byte}); {@code float} is {@link Double} or
 * {@link Float}; {@code Decimal} is {@link BigDecimal}; {@code bool} is {@link Boolean};
 * {@code None} is {@code null}; {@code list} is a {@link List} or an array; {@code dict} is a
 * {@link Map}. Strings are measured and indexed in code points, as Python does.
 */
final class PyOps {
    private PyOps() {
    }

    /** A regex character class equal to Python's {@code \s} on {@code str} ({@code str.isspace()}). */
    static final String SPACE = "[\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\p{Zs}\\u2028\\u2029]";
    /** Python's {@code \S}. */
    static final String NON_SPACE = "[^\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\p{Zs}\\u2028\\u2029]";

    private static final Pattern FLOAT_SYNTAX = Pattern.compile(
            "[+-]?(?:(?:\\d(?:_?\\d)*)(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?");
    private static final Pattern FLOAT_SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|nan)");

    // ------------------------------------------------------------------ types

    /** Python's type name for messages. */
    static String typeName(Object v) {
        return switch (v) {
            case null -> "NoneType";
            case CharSequence s -> "str";
            case Boolean b -> "bool";
            case Integer i -> "int";
            case Long l -> "int";
            case BigInteger b -> "int";
            case Short s -> "int";
            case Byte b -> "int";
            case Double d -> "float";
            case Float f -> "float";
            case BigDecimal d -> "decimal.Decimal";
            case Set<?> s -> "set";
            case Collection<?> c -> "list";
            case Map<?, ?> m -> "dict";
            case LocalDate d -> "datetime.date";
            case LocalDateTime d -> "datetime.datetime";
            case ZonedDateTime d -> "datetime.datetime";
            case OffsetDateTime d -> "datetime.datetime";
            case Instant d -> "datetime.datetime";
            case LocalTime t -> "datetime.time";
            default -> v.getClass().isArray() ? "list" : v.getClass().getSimpleName();
        };
    }

    static boolean isStr(Object v) {
        return v instanceof CharSequence;
    }

    /** Python {@code int} (and {@code bool}, a subclass of it). */
    static boolean isInt(Object v) {
        return v instanceof Integer || v instanceof Long || v instanceof BigInteger || v instanceof Short
                || v instanceof Byte || v instanceof Boolean;
    }

    static boolean isFloat(Object v) {
        return v instanceof Double || v instanceof Float;
    }

    static boolean isNumber(Object v) {
        return isInt(v) || isFloat(v) || v instanceof BigDecimal;
    }

    /** A Python list or tuple: something {@code unordered_list} recurses into. */
    static boolean isList(Object v) {
        return v instanceof List<?> || (v != null && v.getClass().isArray());
    }

    // ------------------------------------------------------------- conversions

    /** Python's {@code str()}. */
    static String str(Object v) {
        return Py.str(v);
    }

    /** The narrowest of {@link Integer}, {@link Long}, {@link BigInteger} holding {@code i}. */
    static Number intResult(BigInteger i) {
        if (i.bitLength() < 32) {
            return i.intValue();
        }
        if (i.bitLength() < 64) {
            return i.longValue();
        }
        return i;
    }

    /** Python's {@code int(v)}. */
    static BigInteger toInt(Object v) {
        return switch (v) {
            case null -> throw PyErr.type("int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
            case Boolean b -> b ? BigInteger.ONE : BigInteger.ZERO;
            case Integer i -> BigInteger.valueOf(i);
            case Long l -> BigInteger.valueOf(l);
            case Short s -> BigInteger.valueOf(s);
            case Byte b -> BigInteger.valueOf(b);
            case BigInteger b -> b;
            case Double d -> floatToInt(d);
            case Float f -> floatToInt(f.doubleValue());
            case BigDecimal d -> d.toBigInteger();
            case CharSequence s -> parseInt(s.toString());
            case Number n -> BigInteger.valueOf(n.longValue());
            default -> throw PyErr.type("int() argument must be a string, a bytes-like object or a real number, not '"
                    + typeName(v) + "'");
        };
    }

    /** Python's {@code int(v)} narrowed to a Java {@code int}; larger values are an OverflowError. */
    static int toSmallInt(Object v) {
        BigInteger i = toInt(v);
        if (i.bitLength() >= 32) {
            throw new PyErr(PyErr.Kind.OVERFLOW, "Python int too large to convert to C ssize_t");
        }
        return i.intValue();
    }

    private static BigInteger floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.value("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw new PyErr(PyErr.Kind.OVERFLOW, "cannot convert float infinity to integer");
        }
        return new BigDecimal(d).setScale(0, RoundingMode.DOWN).toBigIntegerExact();
    }

    /** Python's {@code int(str)}: surrounding whitespace, a sign, digits with single underscores. */
    static BigInteger parseInt(String text) {
        String s = strip(text);
        int i = 0;
        int n = s.length();
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        StringBuilder digits = new StringBuilder();
        boolean lastUnderscore = true; // no leading underscore
        for (; i < n; ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                if (lastUnderscore) {
                    throw invalidInt(text);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(cp, 10);
            if (d < 0 || Character.getType(cp) != Character.DECIMAL_DIGIT_NUMBER) {
                throw invalidInt(text);
            }
            digits.append((char) ('0' + d));
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalidInt(text);
        }
        BigInteger value = new BigInteger(digits.toString());
        return negative ? value.negate() : value;
    }

    private static PyErr invalidInt(String text) {
        return PyErr.value("invalid literal for int() with base 10: " + Py.repr(text));
    }

    /** Python's {@code float(v)}. */
    static double toFloat(Object v) {
        return switch (v) {
            case null -> throw PyErr.type("float() argument must be a string or a real number, not 'NoneType'");
            case Boolean b -> b ? 1.0 : 0.0;
            case Double d -> d;
            case Float f -> Double.parseDouble(Float.toString(f));
            case BigInteger b -> {
                double d = b.doubleValue();
                if (Double.isInfinite(d)) {
                    throw new PyErr(PyErr.Kind.OVERFLOW, "int too large to convert to float");
                }
                yield d;
            }
            case BigDecimal d -> d.doubleValue();
            case Number n -> n.doubleValue();
            case CharSequence s -> parseFloat(s.toString());
            default -> throw PyErr.type("float() argument must be a string or a real number, not '"
                    + typeName(v) + "'");
        };
    }

    /** Python's {@code float(str)}. */
    static double parseFloat(String text) {
        String s = asciiDigits(strip(text));
        if (s != null) {
            if (FLOAT_SYNTAX.matcher(s).matches()) {
                return Double.parseDouble(s.replace("_", ""));
            }
            if (FLOAT_SPECIAL.matcher(s).matches()) {
                boolean negative = s.startsWith("-");
                String body = s.replaceFirst("^[+-]", "").toLowerCase();
                if (body.equals("nan")) {
                    return Double.NaN;
                }
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
        }
        throw PyErr.value("could not convert string to float: " + Py.repr(text));
    }

    /** Replaces Unicode decimal digits by ASCII ones, as Python's number parsers accept them. */
    static String asciiDigits(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp > 0x7f && Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                if (out == null) {
                    out = new StringBuilder(s.substring(0, i));
                }
                out.append((char) ('0' + Character.digit(cp, 10)));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? s : out.toString();
    }

    // ------------------------------------------------------------ sequences

    /** Python's {@code len(v)}. */
    static int len(Object v) {
        return switch (v) {
            case CharSequence s -> s.toString().codePointCount(0, s.length());
            case Collection<?> c -> c.size();
            case Map<?, ?> m -> m.size();
            case null -> throw PyErr.type("object of type 'NoneType' has no len()");
            default -> {
                if (v.getClass().isArray()) {
                    yield Array.getLength(v);
                }
                throw PyErr.type("object of type '" + typeName(v) + "' has no len()");
            }
        };
    }

    /** The items of a subscriptable sequence (list, array) as a list; {@code null} for anything else. */
    static List<Object> asSequence(Object v) {
        if (v instanceof List<?> list) {
            @SuppressWarnings("unchecked")
            List<Object> l = (List<Object>) list;
            return l;
        }
        if (v != null && v.getClass().isArray()) {
            int n = Array.getLength(v);
            List<Object> out = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                out.add(Array.get(v, i));
            }
            return out;
        }
        return null;
    }

    /** Python's {@code value[index]} for an integer index. */
    static Object getItem(Object value, int index) {
        if (value instanceof CharSequence cs) {
            String s = cs.toString();
            int n = s.codePointCount(0, s.length());
            int i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw PyErr.index("string index out of range");
            }
            int start = s.offsetByCodePoints(0, i);
            return s.substring(start, s.offsetByCodePoints(start, 1));
        }
        List<Object> seq = asSequence(value);
        if (seq != null) {
            int n = seq.size();
            int i = index < 0 ? index + n : index;
            if (i < 0 || i >= n) {
                throw PyErr.index("list index out of range");
            }
            return seq.get(i);
        }
        if (value instanceof Map<?, ?> map) {
            Object found = mapGet(map, index);
            if (found == MISSING) {
                throw PyErr.key(index);
            }
            return found;
        }
        throw PyErr.type("'" + typeName(value) + "' object is not subscriptable");
    }

    static final Object MISSING = new Object();

    /** {@code map[key]} with Python's equality of numbers ({@code 1 == 1L == 1.0}); {@link #MISSING} when absent. */
    static Object mapGet(Map<?, ?> map, Object key) {
        try {
            if (map.containsKey(key)) {
                return map.get(key);
            }
        } catch (ClassCastException | NullPointerException e) {
            return MISSING;
        }
        if (isNumber(key) || key instanceof CharSequence) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (pyEquals(e.getKey(), key)) {
                    return e.getValue();
                }
            }
        }
        return MISSING;
    }

    /** Python's iteration: characters of a string, items of a list, keys of a dict. */
    static List<Object> iterate(Object v) {
        return switch (v) {
            case CharSequence s -> chars(s.toString());
            case Map<?, ?> m -> new ArrayList<>(m.keySet());
            case Iterable<?> it -> {
                List<Object> out = new ArrayList<>();
                it.forEach(out::add);
                yield out;
            }
            case Iterator<?> it -> {
                List<Object> out = new ArrayList<>();
                it.forEachRemaining(out::add);
                yield out;
            }
            case Optional<?> o -> throw PyErr.type("'" + typeName(v) + "' object is not iterable");
            case null -> throw PyErr.type("'NoneType' object is not iterable");
            default -> {
                List<Object> seq = asSequence(v);
                if (seq == null) {
                    throw PyErr.type("'" + typeName(v) + "' object is not iterable");
                }
                yield seq;
            }
        };
    }

    /** The code points of {@code s}, each as a one-character string. */
    static List<Object> chars(String s) {
        List<Object> out = new ArrayList<>(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = Character.charCount(cp);
            out.add(s.substring(i, i + w));
            i += w;
        }
        return out;
    }

    // ------------------------------------------------------------- comparing

    /** Python's {@code ==} between numbers, strings, and otherwise {@link Object#equals}. */
    static boolean pyEquals(Object a, Object b) {
        if (a == b) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b) == 0;
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return x.toString().equals(y.toString());
        }
        return a.equals(b);
    }

    /** Python's ordering ({@code <}); a TypeError for values Python cannot order. */
    static int compare(Object a, Object b) {
        if (isNumber(a) && isNumber(b)) {
            return compareNumbers(a, b);
        }
        if (a instanceof CharSequence x && b instanceof CharSequence y) {
            return compareCodePoints(x.toString(), y.toString());
        }
        List<Object> la = asSequence(a);
        List<Object> lb = asSequence(b);
        if (la != null && lb != null) {
            int n = Math.min(la.size(), lb.size());
            for (int i = 0; i < n; i++) {
                Object x = la.get(i);
                Object y = lb.get(i);
                if (!pyEquals(x, y)) {
                    return compare(x, y);
                }
            }
            return Integer.compare(la.size(), lb.size());
        }
        if (a instanceof LocalDate x && b instanceof LocalDate y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalDateTime x && b instanceof LocalDateTime y) {
            return x.compareTo(y);
        }
        if (a instanceof LocalTime x && b instanceof LocalTime y) {
            return x.compareTo(y);
        }
        Instant ia = awareInstant(a);
        Instant ib = awareInstant(b);
        if (ia != null && ib != null) {
            return ia.compareTo(ib);
        }
        throw PyErr.type("'<' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'");
    }

    private static Instant awareInstant(Object v) {
        return switch (v) {
            case ZonedDateTime z -> z.toInstant();
            case OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> null;
        };
    }

    static int compareNumbers(Object a, Object b) {
        if (isInt(a) && isInt(b)) {
            return toInt(a).compareTo(toInt(b));
        }
        double da = isFloat(a) ? ((Number) a).doubleValue() : Double.NaN;
        double db = isFloat(b) ? ((Number) b).doubleValue() : Double.NaN;
        if ((isFloat(a) && (Double.isNaN(da) || Double.isInfinite(da)))
                || (isFloat(b) && (Double.isNaN(db) || Double.isInfinite(db)))) {
            double x = isFloat(a) ? da : toFloat(a);
            double y = isFloat(b) ? db : toFloat(b);
            return Double.compare(x, y);
        }
        return exact(a).compareTo(exact(b));
    }

    private static BigDecimal exact(Object n) {
        return switch (n) {
            case BigDecimal d -> d;
            case Double d -> new BigDecimal(d);
            case Float f -> new BigDecimal(f.doubleValue());
            default -> new BigDecimal(toInt(n));
        };
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    // --------------------------------------------------------------- strings

    /** Python's {@code str.isspace()} for one code point. */
    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85
                || (cp > 0x7f && Character.isSpaceChar(cp));
    }

    /** Python's {@code str.strip()}. */
    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Python's {@code str.split()} with no argument. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(s.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(s.charAt(i))) {
                i++;
            }
            out.add(s.substring(start, i));
        }
        return out;
    }

    /** Python's {@code str.splitlines()} (without the line ends). */
    static List<String> splitlines(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int start = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e
                    || c == 0x85 || c == 0x2028 || c == 0x2029) {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                start = i;
            } else {
                i++;
            }
        }
        if (start < n) {
            out.add(s.substring(start));
        }
        return out;
    }

    /** Python's {@code str.lower()}: full case mapping, with the Final_Sigma rule for U+03A3. */
    static String lower(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            lowerAt(s, i, cp, out);
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Appends the lower case of the code point {@code cp} found at {@code s[i]}. */
    static void lowerAt(String s, int i, int cp, StringBuilder out) {
        if (cp == 0x03A3) {
            out.append(finalSigma(s, i) ? '\u03C2' : '\u03C3');
        } else if (cp < 0x80) {
            out.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
        } else {
            out.append(new String(Character.toChars(cp)).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** CPython's {@code handle_capital_sigma}: {@code \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})}. */
    private static boolean finalSigma(String s, int i) {
        int j = i;
        int c = 0;
        boolean found = false;
        while (j > 0) {
            c = s.codePointBefore(j);
            j -= Character.charCount(c);
            if (!caseIgnorable(c)) {
                found = true;
                break;
            }
        }
        if (!found || !cased(c)) {
            return false;
        }
        j = i + 1;
        while (j < s.length()) {
            c = s.codePointAt(j);
            if (!caseIgnorable(c)) {
                return !cased(c);
            }
            j += Character.charCount(c);
        }
        return true;
    }

    /** Unicode's Cased property. */
    static boolean cased(int cp) {
        return Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp);
    }

    /** Unicode's Case_Ignorable property. */
    static boolean caseIgnorable(int cp) {
        switch (Character.getType(cp)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.FORMAT, Character.MODIFIER_LETTER,
                 Character.MODIFIER_SYMBOL -> {
                return true;
            }
            default -> {
            }
        }
        return switch (cp) {
            case 0x27, 0x2E, 0x3A, 0xB7, 0x387, 0x55F, 0x5F4, 0x2018, 0x2019, 0x2024, 0x2027, 0xFE13, 0xFE52,
                 0xFE55, 0xFF07, 0xFF0E, 0xFF1A -> true;
            default -> false;
        };
    }

    /** Number of code points. */
    static int cpLen(String s) {
        return s.codePointCount(0, s.length());
    }

    /** {@code s[start:end]} in code points, both within range. */
    static String cpSub(String s, int start, int end) {
        int from = s.offsetByCodePoints(0, start);
        int to = s.offsetByCodePoints(from, end - start);
        return s.substring(from, to);
    }
}
