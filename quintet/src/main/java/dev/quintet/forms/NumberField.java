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

/**
 * What Django's {@code IntegerField}, {@code FloatField} and {@code DecimalField} share (in
 * Django the latter two extend the first): a {@link NumberInput}, the {@code minValue}/
 * {@code maxValue}/{@code stepSize} options as validators and as the input's {@code min}/
 * {@code max}/{@code step} attributes. Subclasses parse the value and say what {@code step} is.
 *
 * @param <T> the cleaned value's type
 * @param <F> the concrete field, for fluent options
 */
@SuppressWarnings("this-escape")
public abstract class NumberField<T extends Number & Comparable<? super T>, F extends NumberField<T, F>>
        extends Field<T, F> {
    /** {@code min_value}, or null. */
    protected T minValue;
    /** {@code max_value}, or null. */
    protected T maxValue;
    /** {@code step_size}, or null. */
    protected T stepSize;

    /** A required number input whose {@code invalid} message is {@code invalidMessage}. */
    protected NumberField(String invalidMessage) {
        super(new NumberInput(), new HiddenInput());
        defaultMessage("invalid", invalidMessage);
    }

    /** Sets the limits and the step (each null for none); the subclasses' typed options call it. */
    protected final F limits(T min, T max, T step) {
        this.minValue = min;
        this.maxValue = max;
        this.stepSize = step;
        return self();
    }

    /** The {@code step} attribute for {@code widget}, or null to leave it out. */
    protected abstract Object stepAttribute(Widget widget);

    @Override
    protected List<Validator> optionValidators() {
        List<Validator> out = new ArrayList<>(4);
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
            Object step = stepAttribute(widget);
            if (step != null) {
                attrs.put("step", step);
            }
        }
        return attrs;
    }
}
