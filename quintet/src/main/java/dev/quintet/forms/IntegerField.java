package dev.quintet.forms;

import dev.quintet.forms.widgets.Widget;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Django's {@code IntegerField}: a whole number as a {@link Long} ({@code "1.0"} is accepted as
 * Python's {@code int()} after Django strips a zero fraction); {@code minValue}/{@code maxValue}/
 * {@code stepSize} add validators and the {@code min}/{@code max}/{@code step} attributes.
 */
@SuppressWarnings("this-escape")
public class IntegerField extends NumberField<Long, IntegerField> {
    private static final Pattern ZERO_FRACTION = Pattern.compile("\\.0*\\s*$");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");

    /** A required number input. */
    public IntegerField() {
        super("Enter a whole number.");
    }

    /** The smallest value allowed. */
    public IntegerField minValue(long min) {
        return limits(min, maxValue, stepSize);
    }

    /** The largest value allowed. */
    public IntegerField maxValue(long max) {
        return limits(minValue, max, stepSize);
    }

    /** Values must be multiples of {@code step} (counted from {@code minValue} when set first). */
    public IntegerField stepSize(long step) {
        return limits(minValue, maxValue, step);
    }

    @Override
    protected Long toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return n.longValue();
        }
        String s = ZERO_FRACTION.matcher(String.valueOf(value)).replaceFirst("").strip();
        if (!INT.matcher(s).matches()) {
            throw error("invalid");
        }
        BigInteger b = new BigInteger(s.replace("_", ""));
        if (b.bitLength() > 63) {
            throw error("invalid");
        }
        return b.longValue();
    }

    /** The step size when set: as Django's, it wins over a {@code step} the widget was given. */
    @Override
    protected Object stepAttribute(Widget widget) {
        return stepSize;
    }
}
