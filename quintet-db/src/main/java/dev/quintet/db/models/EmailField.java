package dev.quintet.db.models;

/** An email address, checked by {@link Validator#EMAIL}; max length 254. */
public final class EmailField extends TextualField<EmailField> {
    private EmailField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model, maxLength);
    }

    /** An email field of max length 254. */
    public static EmailField of() {
        return new EmailField(FieldOptions.DEFAULTS.withValidators(java.util.List.of(Validator.EMAIL)), null, null, 254);
    }

    /** An email field of another max length. */
    public static EmailField maxLength(int maxLength) {
        return new EmailField(FieldOptions.DEFAULTS.withValidators(java.util.List.of(Validator.EMAIL)), null, null, maxLength);
    }

    @Override
    protected EmailField copy(FieldOptions opts, String name, Class<?> model) {
        return new EmailField(opts, name, model, maxLength);
    }

    @Override
    public String internalType() {
        return "CharField";
    }
}
