package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.Widget;
import java.math.BigDecimal;
import java.util.List;

/**
 * Django's {@code DecimalField}: a {@link BigDecimal}; {@code maxDigits}/{@code decimalPlaces}
 * are checked with Django's messages and give the {@code step} attribute ({@code 0.01} for 2
 * places, {@code any} when unset).
 */
@SuppressWarnings("this-escape")
public class DecimalField extends NumberField<BigDecimal, DecimalField> {
    private Integer maxDigits;
    private Integer decimalPlaces;

    /** A required number input. */
    public DecimalField() {
        super("Enter a number.");
    }

    /** Digits in total and after the point ({@code null} for no limit). */
    public DecimalField digits(Integer maxDigits, Integer decimalPlaces) {
        this.maxDigits = maxDigits;
        this.decimalPlaces = decimalPlaces;
        return this;
    }

    /** The smallest value allowed. */
    public DecimalField minValue(BigDecimal min) {
        return limits(min, maxValue, stepSize);
    }

    /** The largest value allowed. */
    public DecimalField maxValue(BigDecimal max) {
        return limits(minValue, max, stepSize);
    }

    /** Values must be multiples of {@code step}. */
    public DecimalField stepSize(BigDecimal step) {
        return limits(minValue, maxValue, step);
    }

    @Override
    protected BigDecimal toPython(Object value) {
        if (isEmptyValue(value)) {
            return null;
        }
        if (value instanceof BigDecimal d) {
            return d;
        }
        String s = String.valueOf(value).strip();
        try {
            if (s.isEmpty() || s.endsWith("d") || s.endsWith("D") || s.endsWith("f") || s.endsWith("F")) {
                throw new NumberFormatException(s);
            }
            return new BigDecimal(s.replace("_", ""));
        } catch (NumberFormatException e) {
            throw error("invalid");
        }
    }

    @Override
    protected List<Validator> optionValidators() {
        List<Validator> out = super.optionValidators();
        if (maxDigits != null || decimalPlaces != null) {
            out.add(Validators.decimal(maxDigits, decimalPlaces));
        }
        return out;
    }

    /** The step size, else one unit of the last decimal place, else {@code any}; a widget's own stays. */
    @Override
    protected Object stepAttribute(Widget widget) {
        if (widget.attrs().containsKey("step")) {
            return null;
        }
        if (stepSize != null) {
            return stepSize.toPlainString();
        }
        return decimalPlaces != null ? BigDecimal.ONE.scaleByPowerOfTen(-decimalPlaces).toPlainString() : "any";
    }

    /** The maximum number of digits, or {@code null}. */
    public Integer maxDigits() {
        return maxDigits;
    }
}
