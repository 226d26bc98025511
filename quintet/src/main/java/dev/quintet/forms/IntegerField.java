package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.forms.widgets.Widget;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Django's {@code IntegerField}: a whole number as a {@link Long} ({@code "1.0"} is accepted as
 * Python's {@code int()} after Django strips a zero fraction); {@code minValue}/{@code maxValue}/
 * {@code stepSize} add validators and the {@code min}/{@code max}/{@code step} attributes.
 */
@SuppressWarnings("this-escape")
public class IntegerField extends Field<Long, IntegerField> {
    private static final Pattern ZERO_FRACTION = Pattern.compile("\\.0*\\s*$");
    private static final Pattern INT = Pattern.compile("[+-]?\\d+(?:_\\d+)*");
    private Long minValue;
    private Long maxValue;
    private Long stepSize;

    /** A required number input. */
    public IntegerField() {
        super(new NumberInput(), new HiddenInput());
        defaultMessage("invalid", "Enter a whole number.");
    }

    /** The smallest value allowed. */
    public IntegerField minValue(long min) {
        this.minValue = min;
        return this;
    }

    /** The largest value allowed. */
    public IntegerField maxValue(long max) {
        this.maxValue = max;
        return this;
    }

    /** Values must be multiples of {@code step} (counted from {@code minValue} when set first). */
    public IntegerField stepSize(long step) {
        this.stepSize = step;
        return this;
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

    @Override
    protected List<Validator> optionValidators() {
        List<Validator> out = new ArrayList<>(3);
        if (maxValue != null) {
            out.add(Validators.maxValue(maxValue));
        }
        if (minValue != null) {
            out.add(Validators.minValue(minValue));
        }
        if (stepSize != null) {
            out.add(Validators.stepValue(stepSize, minValue));
        }
        return out;
    }

    @Override
    public Map<String, Object> widgetAttrs(Widget widget) {
        Map<String, Object> attrs = new LinkedHashMap<>();
        if (widget instanceof NumberInput) {
            if (minValue != null) {
                attrs.put("min", minValue);
            }
            if (maxValue != null) {
                attrs.put("max", maxValue);
            }
            if (stepSize != null) {
                attrs.put("step", stepSize);
            }
        }
        return attrs;
    }
}
