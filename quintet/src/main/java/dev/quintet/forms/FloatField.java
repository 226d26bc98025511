package dev.quintet.forms;

import dev.quintet.forms.widgets.Widget;
import java.util.regex.Pattern;

/** Django's {@code FloatField}: a finite {@link Double}; {@code step="any"} unless {@code stepSize}. */
@SuppressWarnings("this-escape")
public class FloatField extends NumberField<Double, FloatField> {
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[eE][+-]?\\d+)?");

    /** A required number input. */
    public FloatField() {
        super("Enter a number.");
    }

    /** The smallest value allowed. */
    public FloatField minValue(double min) {
        return limits(min, maxValue, stepSize);
    }

    /** The largest value allowed. */
    public FloatField maxValue(double max) {
        return limits(minValue, max, stepSize);
    }

    /** Values must be multiples of {@code step}. */
    public FloatField stepSize(double step) {
        return limits(minValue, maxValue, step);
    }

    @Override
    protected Double toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        String s = String.valueOf(value).strip();
        if (!FLOAT.matcher(s).matches()) {
            throw error("invalid");
        }
        double d = Double.parseDouble(s.replace("_", ""));
        if (!Double.isFinite(d)) {
            throw error("invalid");
        }
        return d;
    }

    /** The step size, else {@code any}; a {@code step} the widget was given stays. */
    @Override
    protected Object stepAttribute(Widget widget) {
        if (widget.attrs().containsKey("step")) {
            return null;
        }
        return stepSize == null ? "any" : String.valueOf(stepSize);
    }
}
