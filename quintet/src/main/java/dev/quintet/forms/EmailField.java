package dev.quintet.forms;

import dev.quintet.forms.widgets.EmailInput;

/** A {@link CharField} for an email address (Django's {@code EmailField}), at most 320 characters. */
@SuppressWarnings("this-escape")
public class EmailField extends AbstractCharField<EmailField> {
    /** A required field. */
    @SuppressWarnings("this-escape")
    public EmailField() {
        super(new EmailInput());
        addValidator(new dev.quintet.core.validators.EmailValidator());
        maxLength(320);
    }
}
