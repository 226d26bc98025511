package dev.quintet.template.internal.filters;

import dev.quintet.template.internal.Py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Python's {@code printf}-style {@code format % value}, for {@code stringformat}: conversions
 * {@code d i u o x X e E f F g G c s r a %}, flags {@code #0- +}, width, precision and
 * {@code (key)} mapping keys. Floats are rounded exactly as Python does (half-even on the binary
 * value). Errors are Python's TypeError / ValueError.
 */
final class PyFormat {
    private PyFormat() {
    }

    /** Python's {@code format % value} where {@code value} is a single argument (or a dict). */
    static String percent(String format, Object value) {
        Map<?, ?> mapping = value instanceof Map<?, ?> m ? m : null;
        boolean used = false;
        StringBuilder out = new StringBuilder();
        int n = format.length();
        int i = 0;
        while (i < n) {
            char c = format.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= n) {
                throw PyErr.value("incomplete format");
            }
            Object arg = null;
            boolean haveKeyArg = false;
            if (format.charAt(i) == '(') {
                if (mapping == null) {
                    throw PyErr.type("format requires a mapping");
                }
                int depth = 1;
                int start = ++i;
                while (i < n && depth > 0) {
                    if (format.charAt(i) == '(') {
                        depth++;
                    } else if (format.charAt(i) == ')') {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0) {
                    throw PyErr.value("incomplete format key");
                }
                String key = format.substring(start, i - 1);
                Object found = PyOps.mapGet(mapping, key);
                if (found == PyOps.MISSING) {
                    throw PyErr.key(Py.repr(key));
                }
                arg = found;
                haveKeyArg = true;
            }
            boolean left = false;
            boolean zero = false;
            boolean space = false;
            boolean plus = false;
            boolean alt = false;
            while (i < n && "-0 +#".indexOf(format.charAt(i)) >= 0) {
                switch (format.charAt(i)) {
                    case '-' -> left = true;
                    case '0' -> zero = true;
                    case ' ' -> space = true;
                    case '+' -> plus = true;
                    default -> alt = true;
                }
                i++;
            }
            int width = -1;
            if (i < n && format.charAt(i) == '*') {
                throw PyErr.type("* wants int");
            }
            int ws = i;
            while (i < n && Character.isDigit(format.charAt(i))) {
                i++;
            }
            if (i > ws) {
                width = Integer.parseInt(format.substring(ws, i));
            }
            int precision = -1;
            if (i < n && format.charAt(i) == '.') {
                i++;
                if (i < n && format.charAt(i) == '*') {
                    throw PyErr.type("* wants int");
                }
                int ps = i;
                while (i < n && Character.isDigit(format.charAt(i))) {
                    i++;
                }
                precision = i > ps ? Integer.parseInt(format.substring(ps, i)) : 0;
            }
            while (i < n && "hlL".indexOf(format.charAt(i)) >= 0) {
                i++;
            }
            if (i >= n) {
                throw PyErr.value("incomplete format");
            }
            char conv = format.charAt(i++);
            if (conv == '%') {
                out.append('%');
                continue;
            }
            if (!haveKeyArg) {
                if (used) {
                    throw PyErr.type("not enough arguments for format string");
                }
                arg = value;
                used = true;
            }
            String body;
            String sign = "";
            String prefix = "";
            boolean numeric = true;
            switch (conv) {
                case 's', 'r', 'a' -> {
                    numeric = false;
                    body = conv == 's' ? Py.str(arg) : conv == 'r' ? Py.repr(arg) : asciiRepr(Py.repr(arg));
                    if (precision >= 0 && precision < PyOps.cpLen(body)) {
                        body = PyOps.cpSub(body, 0, precision);
                    }
                }
                case 'c' -> {
                    numeric = false;
                    if (arg instanceof CharSequence cs) {
                        if (PyOps.cpLen(cs.toString()) != 1) {
                            throw PyErr.type("%c requires an int or a unicode character, not a string of length "
                                    + PyOps.cpLen(cs.toString()));
                        }
                        body = cs.toString();
                    } else if (PyOps.isInt(arg)) {
                        BigInteger cp = PyOps.toInt(arg);
                        if (cp.signum() < 0 || cp.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                            throw new PyErr(PyErr.Kind.OVERFLOW, "%c arg not in range(0x110000)");
                        }
                        body = new String(Character.toChars(cp.intValue()));
                    } else {
                        throw PyErr.type("%c requires an int or a unicode character, not " + PyOps.typeName(arg));
                    }
                }
                case 'd', 'i', 'u' -> {
                    BigInteger v;
                    if (PyOps.isNumber(arg)) {
                        v = PyOps.toInt(arg);
                    } else {
                        throw PyErr.type("%" + conv + " format: a real number is required, not " + PyOps.typeName(arg));
                    }
                    if (v.signum() < 0) {
                        sign = "-";
                        v = v.negate();
                    }
                    body = v.toString();
                    if (precision > body.length()) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                }
                case 'o', 'x', 'X' -> {
                    if (!PyOps.isInt(arg)) {
                        throw PyErr.type("%" + conv + " format: an integer is required, not " + PyOps.typeName(arg));
                    }
                    BigInteger v = PyOps.toInt(arg);
                    if (v.signum() < 0) {
                        sign = "-";
                        v = v.negate();
                    }
                    body = v.toString(conv == 'o' ? 8 : 16);
                    if (conv == 'X') {
                        body = body.toUpperCase(java.util.Locale.ROOT);
                    }
                    if (precision > body.length()) {
                        body = "0".repeat(precision - body.length()) + body;
                    }
                    if (alt) {
                        prefix = conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                    }
                }
                case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                    if (!PyOps.isNumber(arg)) {
                        throw PyErr.type("must be real number, not " + PyOps.typeName(arg));
                    }
                    double d = PyOps.toFloat(arg);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        if (Double.isNaN(d)) {
                            body = "nan";
                        } else {
                            body = "inf";
                            if (d < 0) {
                                sign = "-";
                            }
                        }
                        if (Character.isUpperCase(conv)) {
                            body = body.toUpperCase(java.util.Locale.ROOT);
                        }
                    } else {
                        if (d < 0 || (d == 0 && 1 / d < 0)) {
                            sign = "-";
                            d = -d;
                        }
                        body = formatFloat(d, conv, precision < 0 ? 6 : precision, alt);
                    }
                }
                default -> throw PyErr.value("unsupported format character '" + conv + "' (0x"
                        + Integer.toHexString(conv) + ") at index " + (i - 1));
            }
            if (numeric && sign.isEmpty()) {
                if (plus) {
                    sign = "+";
                } else if (space) {
                    sign = " ";
                }
            }
            int len = sign.length() + prefix.length() + PyOps.cpLen(body);
            if (width > len) {
                int pad = width - len;
                if (left) {
                    out.append(sign).append(prefix).append(body).append(" ".repeat(pad));
                } else if (zero && numeric) {
                    out.append(sign).append(prefix).append("0".repeat(pad)).append(body);
                } else {
                    out.append(" ".repeat(pad)).append(sign).append(prefix).append(body);
                }
            } else {
                out.append(sign).append(prefix).append(body);
            }
        }
        // CPython skips this check when the argument is subscriptable (PyMapping_Check): dicts,
        // lists, and anything else with __getitem__ but tuples and strings
        boolean subscriptable = mapping != null || value instanceof java.util.List<?>
                || (value != null && value.getClass().isArray());
        if (!used && !subscriptable) {
            throw PyErr.type("not all arguments converted during string formatting");
        }
        return out.toString();
    }

    private static String asciiRepr(String repr) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x80) {
                out.append((char) cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        }
        return out.toString();
    }

    /** A finite, non-negative float in Python's {@code %e %f %g} (and upper-case) styles. */
    static String formatFloat(double d, char conv, int precision, boolean alt) {
        BigDecimal exact = new BigDecimal(d);
        switch (conv) {
            case 'f', 'F' -> {
                String s = exact.setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
                return alt && precision == 0 ? s + "." : s;
            }
            case 'e', 'E' -> {
                String s = exponential(exact, precision, alt);
                return conv == 'E' ? s.toUpperCase(java.util.Locale.ROOT) : s;
            }
            default -> {
                int p = precision == 0 ? 1 : precision;
                int exp;
                if (exact.signum() == 0) {
                    exp = 0;
                } else {
                    BigDecimal rounded = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
                    exp = rounded.precision() - rounded.scale() - 1;
                }
                String s;
                if (exp >= -4 && exp < p) {
                    s = exact.setScale(p - 1 - exp, RoundingMode.HALF_EVEN).toPlainString();
                    if (!alt && s.indexOf('.') >= 0) {
                        s = s.replaceAll("0+$", "");
                        if (s.endsWith(".")) {
                            s = s.substring(0, s.length() - 1);
                        }
                    } else if (alt && s.indexOf('.') < 0) {
                        s = s + ".";
                    }
                } else {
                    s = exponential(exact, p - 1, alt);
                    if (!alt) {
                        int e = s.indexOf('e');
                        String mantissa = s.substring(0, e);
                        if (mantissa.indexOf('.') >= 0) {
                            mantissa = mantissa.replaceAll("0+$", "");
                            if (mantissa.endsWith(".")) {
                                mantissa = mantissa.substring(0, mantissa.length() - 1);
                            }
                        }
                        s = mantissa + s.substring(e);
                    }
                }
                return conv == 'G' ? s.toUpperCase(java.util.Locale.ROOT) : s;
            }
        }
    }

    private static String exponential(BigDecimal exact, int precision, boolean alt) {
        String digits;
        int exp;
        if (exact.signum() == 0) {
            digits = "0".repeat(precision + 1);
            exp = 0;
        } else {
            BigDecimal rounded = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            String unscaled = rounded.unscaledValue().toString();
            exp = unscaled.length() - rounded.scale() - 1;
            if (unscaled.length() < precision + 1) {
                unscaled = unscaled + "0".repeat(precision + 1 - unscaled.length());
            } else if (unscaled.length() > precision + 1) {
                unscaled = unscaled.substring(0, precision + 1);
            }
            digits = unscaled;
        }
        String mantissa = digits.substring(0, 1);
        if (precision > 0) {
            mantissa += "." + digits.substring(1);
        } else if (alt) {
            mantissa += ".";
        }
        return mantissa + (exp < 0 ? "e-" : "e+") + String.format("%02d", Math.abs(exp));
    }
}
