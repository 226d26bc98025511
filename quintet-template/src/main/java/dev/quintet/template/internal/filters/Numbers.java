package dev.quintet.template.internal.filters;

import dev.quintet.template.SafeString;
import dev.quintet.template.internal.Py;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code floatformat}, {@code filesizeformat} and Django's {@code numberformat.format} (English). */
final class Numbers {
    private Numbers() {
    }

    private static final Pattern DECIMAL_SYNTAX = Pattern.compile(
            "([+-]?)(?:(\\d(?:_?\\d)*)(?:\\.((?:\\d(?:_?\\d)*)?))?|\\.(\\d(?:_?\\d)*))(?:[eE]([+-]?\\d(?:_?\\d)*))?");
    private static final Pattern DECIMAL_SPECIAL = Pattern.compile("[+-]?(?i:inf|infinity|s?nan\\d*)");

    /** Marker for a Decimal that parsed but is infinite or NaN. */
    private static final BigDecimal SPECIAL = new BigDecimal("0.123456789");

    /** Python's {@code Decimal(str)}: a value, {@link #SPECIAL} for inf/nan, {@code null} when invalid. */
    static BigDecimal parseDecimal(String text) {
        String s = PyOps.asciiDigits(PyOps.strip(text));
        Matcher m = DECIMAL_SYNTAX.matcher(s);
        if (m.matches()) {
            return new BigDecimal(s.replace("_", ""));
        }
        if (DECIMAL_SPECIAL.matcher(s).matches()) {
            return SPECIAL;
        }
        return null;
    }

    /**
     * Django's {@code numberformat.format} for a plain decimal string ({@code "-1234.5"}) with the
     * English locale: "." decimals, "," thousands in groups of three when {@code grouping}.
     */
    static String numberFormat(String number, int decimalPos, boolean grouping) {
        String sign = "";
        String s = number;
        if (s.startsWith("-")) {
            sign = "-";
            s = s.substring(1);
        }
        String intPart;
        String decPart;
        int dot = s.indexOf('.');
        if (dot >= 0) {
            intPart = s.substring(0, dot);
            decPart = s.substring(dot + 1);
            if (decPart.length() > decimalPos) {
                decPart = decPart.substring(0, decimalPos);
            }
        } else {
            intPart = s;
            decPart = "";
        }
        if (decPart.length() < decimalPos) {
            decPart = decPart + "0".repeat(decimalPos - decPart.length());
        }
        if (!decPart.isEmpty()) {
            decPart = "." + decPart;
        }
        if (grouping) {
            StringBuilder grouped = new StringBuilder();
            int cnt = 0;
            for (int i = intPart.length() - 1; i >= 0; i--) {
                if (cnt == 3) {
                    grouped.append(',');
                    cnt = 0;
                }
                grouped.append(intPart.charAt(i));
                cnt++;
            }
            intPart = grouped.reverse().toString();
        }
        return sign + intPart + decPart;
    }

    /** Django's {@code floatformat(text, arg)}. */
    static Object floatformat(Object text, Object argument) {
        boolean forceGrouping = false;
        boolean useL10n = true;
        Object arg = argument;
        if (arg instanceof CharSequence cs) {
            String a = cs.toString();
            if (a.isEmpty()) {
                throw PyErr.index("string index out of range");
            }
            String last2 = a.length() >= 2 ? a.substring(a.length() - 2) : a;
            char lastChar = a.charAt(a.length() - 1);
            if (last2.equals("gu") || last2.equals("ug")) {
                forceGrouping = true;
                useL10n = false;
                arg = a.length() > 2 ? a.substring(0, a.length() - 2) : -1;
            } else if (lastChar == 'g') {
                forceGrouping = true;
                arg = a.length() > 1 ? a.substring(0, a.length() - 1) : -1;
            } else if (lastChar == 'u') {
                useL10n = false;
                arg = a.length() > 1 ? a.substring(0, a.length() - 1) : -1;
            }
        }
        String inputVal = Py.str(text);
        BigDecimal d = parseDecimal(inputVal);
        if (d == null) {
            try {
                double f = PyOps.toFloat(text);
                d = Double.isNaN(f) || Double.isInfinite(f) ? SPECIAL : parseDecimal(Py.floatRepr(f));
            } catch (PyErr e) {
                if (e.is(PyErr.Kind.VALUE, PyErr.Kind.TYPE)) {
                    return "";
                }
                throw e;
            }
        }
        int p;
        try {
            p = PyOps.toSmallInt(arg);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.VALUE)) {
                return inputVal;
            }
            throw e;
        }
        if (d == SPECIAL) {
            // int(inf) or int(nan) fails: the input comes back as it was
            return inputVal;
        }
        int digits = d.unscaledValue().abs().toString().length();
        if (digits + Math.abs((long) d.scale()) > 200) {
            return inputVal;
        }
        // with the unlocalized settings grouping is 0: never grouped
        boolean group = forceGrouping && useL10n;
        boolean integral = d.signum() == 0 || d.stripTrailingZeros().scale() <= 0;
        if (integral && p <= 0) {
            BigInteger whole = d.toBigInteger();
            return SafeString.of(numberFormat(whole.toString(), 0, group));
        }
        BigDecimal rounded = d.setScale(Math.abs(p), RoundingMode.HALF_UP);
        String number = rounded.abs().toPlainString();
        if (rounded.signum() < 0) {
            number = "-" + number;
        }
        return SafeString.of(numberFormat(number, Math.abs(p), group));
    }

    /** Django's {@code filesizeformat}, with the no-break space of {@code avoid_wrapping}. */
    static String filesizeformat(Object value) {
        BigInteger bytes;
        try {
            bytes = PyOps.toInt(value);
        } catch (PyErr e) {
            if (e.is(PyErr.Kind.TYPE, PyErr.Kind.VALUE)) {
                return "0\u00a0bytes";
            }
            throw e;
        }
        boolean negative = bytes.signum() < 0;
        if (negative) {
            bytes = bytes.negate();
        }
        BigInteger kb = BigInteger.ONE.shiftLeft(10);
        String result;
        if (bytes.compareTo(kb) < 0) {
            result = bytes + (bytes.equals(BigInteger.ONE) ? " byte" : " bytes");
        } else if (bytes.compareTo(BigInteger.ONE.shiftLeft(20)) < 0) {
            result = sizeNumber(bytes, 10) + " KB";
        } else if (bytes.compareTo(BigInteger.ONE.shiftLeft(30)) < 0) {
            result = sizeNumber(bytes, 20) + " MB";
        } else if (bytes.compareTo(BigInteger.ONE.shiftLeft(40)) < 0) {
            result = sizeNumber(bytes, 30) + " GB";
        } else if (bytes.compareTo(BigInteger.ONE.shiftLeft(50)) < 0) {
            result = sizeNumber(bytes, 40) + " TB";
        } else {
            result = sizeNumber(bytes, 50) + " PB";
        }
        if (negative) {
            result = "-" + result;
        }
        return result.replace(' ', '\u00a0');
    }

    /** {@code formats.number_format(round(bytes / unit, 1), 1)}. */
    private static String sizeNumber(BigInteger bytes, int shift) {
        // bytes / unit as a Python float (true division of ints is correctly rounded)
        double quotient = new BigDecimal(bytes).divide(new BigDecimal(BigInteger.ONE.shiftLeft(shift)))
                .doubleValue();
        double rounded = new BigDecimal(quotient).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
        String repr = Py.floatRepr(rounded);
        if (repr.contains("e")) {
            repr = new BigDecimal(repr).toPlainString();
        }
        return numberFormat(repr, 1, false);
    }
}
