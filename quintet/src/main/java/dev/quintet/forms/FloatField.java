package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.forms.widgets.Widget;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** Django's {@code FloatField}: a finite {@link Double}; {@code step="any"} unless {@code stepSize}. */
public class FloatField extends Field<Double, FloatField> {
    private static final Pattern FLOAT = Pattern.compile("[+-]?(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[eE][+-]?\\d+)?");
    private Double minValue;
    private Double maxValue;
    private Double stepSize;

    /** A required number input. */
    public FloatField() {
        super(new NumberInput(), new HiddenInput());
        defaultMessage("invalid", "Enter a number.");
    }

    /** The smallest value allowed. */
    public FloatField minValue(double min) {
        this.minValue = min;
        addValidator(Validators.minValue(min));
        return this;
    }

    /** The largest value allowed. */
    public FloatField maxValue(double max) {
        this.maxValue = max;
        addValidator(Validators.maxValue(max));
        return this;
    }

    /** Values must be multiples of {@code step}. */
    public FloatField stepSize(double step) {
        this.stepSize = step;
        addValidator(Validators.stepValue(step, minValue));
        return this;
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
            if (!widget.attrs().containsKey("step")) {
                attrs.put("step", stepSize == null ? "any" : String.valueOf(stepSize));
            }
        }
        return attrs;
    }
}
