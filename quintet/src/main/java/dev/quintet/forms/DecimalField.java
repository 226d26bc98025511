package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.db.models.Validator;
import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.NumberInput;
import dev.quintet.forms.widgets.Widget;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code DecimalField}: a {@link BigDecimal}; {@code maxDigits}/{@code decimalPlaces}
 * are checked with Django's messages and give the {@code step} attribute ({@code 0.01} for 2
 * places, {@code any} when unset).
 */
@SuppressWarnings("this-escape")
public class DecimalField extends Field<BigDecimal, DecimalField> {
    private BigDecimal minValue;
    private BigDecimal maxValue;
    private BigDecimal stepSize;
    private Integer maxDigits;
    private Integer decimalPlaces;

    /** A required number input. */
    public DecimalField() {
        super(new NumberInput(), new HiddenInput());
        defaultMessage("invalid", "Enter a number.");
    }

    /** Digits in total and after the point ({@code null} for no limit). */
    public DecimalField digits(Integer maxDigits, Integer decimalPlaces) {
        this.maxDigits = maxDigits;
        this.decimalPlaces = decimalPlaces;
        return this;
    }

    /** The smallest value allowed. */
    public DecimalField minValue(BigDecimal min) {
        this.minValue = min;
        return this;
    }

    /** The largest value allowed. */
    public DecimalField maxValue(BigDecimal max) {
        this.maxValue = max;
        return this;
    }

    /** Values must be multiples of {@code step}. */
    public DecimalField stepSize(BigDecimal step) {
        this.stepSize = step;
        return this;
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
        if (maxDigits != null || decimalPlaces != null) {
            out.add(Validators.decimal(maxDigits, decimalPlaces));
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
                String step;
                if (stepSize != null) {
                    step = stepSize.toPlainString();
                } else if (decimalPlaces != null) {
                    step = BigDecimal.ONE.scaleByPowerOfTen(-decimalPlaces).toPlainString();
                } else {
                    step = "any";
                }
                attrs.put("step", step);
            }
        }
        return attrs;
    }

    /** The maximum number of digits, or {@code null}. */
    public Integer maxDigits() {
        return maxDigits;
    }
}
