package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.forms.widgets.Widget;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Django's {@code FloatField}: a finite {@link Double}; {@code step="any"} unless {@code stepSize}. */
@SuppressWarnings("this-escape")
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
        return this;
    }

    /** The largest value allowed. */
    public FloatField maxValue(double max) {
        this.maxValue = max;
        return this;
    }

    /** Values must be multiples of {@code step}. */
    public FloatField stepSize(double step) {
        this.stepSize = step;
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
            if (!widget.attrs().containsKey("step")) {
                attrs.put("step", stepSize == null ? "any" : String.valueOf(stepSize));
            }
        }
        return attrs;
    }
}
