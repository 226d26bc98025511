package dev.quintet.forms;

import dev.quintet.core.validators.Validators;
import dev.quintet.forms.widgets.TextInput;

/** A {@link CharField} for a slug of letters, numbers, underscores or hyphens (Django's {@code SlugField}). */
@SuppressWarnings("this-escape")
public class SlugField extends AbstractCharField<SlugField> {
    /** A required field. */
    @SuppressWarnings("this-escape")
    public SlugField() {
        super(new TextInput());
        addValidator(Validators.VALIDATE_SLUG);
        
    }
}
