package dev.quintet.template.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Python's {@code str()} and truthiness on Java values: the template language is specified in
 * Python terms ({@code None}, {@code True}, {@code 1e+16}), so both the engine and the filters
 * convert through here and agree.
 */
public final class Py {
    private Py() {
    }

    /** Python's {@code str(value)}: {@code None}, {@code True}/{@code False}, floats as {@code repr}. */
    public static String str(Object value) {
        return switch (value) {
            case null -> "None";
            case String s -> s;
            case Boolean b -> b ? "True" : "False";
            case Double d -> floatRepr(d);
            case Float f -> floatRepr(f.doubleValue());
            case BigDecimal bd -> bd.toString();
            case Optional<?> o -> o.isPresent() ? str(o.get()) : "None";
            default -> value.toString();
        };
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
            default -> true;
        };
    }
}
