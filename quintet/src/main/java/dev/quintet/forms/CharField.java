package dev.quintet.forms;

import dev.quintet.forms.widgets.TextInput;

/**
 * Django's {@code CharField}: a string, stripped of surrounding whitespace unless
 * {@code strip(false)}; {@code maxLength}/{@code minLength} add validators and the
 * {@code maxlength}/{@code minlength} attributes. Empty input cleans to {@link #emptyValue(String)}
 * ({@code ""}).
 */
@SuppressWarnings("this-escape")
public class CharField extends AbstractCharField<CharField> {
    /** A required text input. */
    public CharField() {
        super(new TextInput());
    }
}
