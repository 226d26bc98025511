package dev.quintet.forms;

import dev.quintet.forms.widgets.CheckboxInput;
import dev.quintet.forms.widgets.HiddenInput;
import java.util.Locale;

/**
 * Django's {@code BooleanField}: a checkbox; {@code "false"} and {@code "0"} are false. A required
 * BooleanField must be checked ("This field is required."); use {@code required(false)} for an
 * optional tick box.
 */
@SuppressWarnings("this-escape")
public class BooleanField extends Field<Boolean, BooleanField> {
    /** A required checkbox. */
    public BooleanField() {
        super(new CheckboxInput(), new HiddenInput());
    }

    @Override
    protected Boolean toPython(Object value) {
        if (value instanceof String s && (s.toLowerCase(Locale.ROOT).equals("false") || s.equals("0"))) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        return !isEmptyValue(value) && !(value instanceof Number n && n.doubleValue() == 0);
    }

    @Override
    protected void validate(Boolean value) {
        if (!value && isRequired()) {
            throw error("required");
        }
    }

    @Override
    public boolean hasChanged(Object initialValue, Object data) {
        if (isDisabled()) {
            return false;
        }
        return !toPython(initialValue).equals(toPython(data));
    }
}
