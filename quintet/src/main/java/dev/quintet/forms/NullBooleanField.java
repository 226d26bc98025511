package dev.quintet.forms;

import dev.quintet.forms.widgets.HiddenInput;
import dev.quintet.forms.widgets.NullBooleanSelect;

/** Django's {@code NullBooleanField}: {@code true}, {@code false} or {@code null}; never required. */
@SuppressWarnings("this-escape")
public class NullBooleanField extends Field<Boolean, NullBooleanField> {
    /** A Unknown/Yes/No select. */
    public NullBooleanField() {
        super(new NullBooleanSelect(), new HiddenInput());
    }

    @Override
    protected Boolean toPython(Object value) {
        if (Boolean.TRUE.equals(value) || "True".equals(value) || "true".equals(value) || "1".equals(value)) {
            return true;
        }
        if (Boolean.FALSE.equals(value) || "False".equals(value) || "false".equals(value) || "0".equals(value)) {
            return false;
        }
        return null;
    }

    @Override
    protected void validate(Boolean value) {
        // null is a valid answer
    }
}
