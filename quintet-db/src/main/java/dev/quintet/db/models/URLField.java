package dev.quintet.db.models;

/** A URL, checked by {@link Validator#URL}; max length 200. */
public final class URLField extends TextualField<URLField> {
    private URLField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model, maxLength);
    }

    /** A URL field of max length 200. */
    public static URLField of() {
        return new URLField(FieldOptions.DEFAULTS.withValidators(java.util.List.of(Validator.URL)), null, null, 200);
    }

    /** A URL field of another max length. */
    public static URLField maxLength(int maxLength) {
        return new URLField(FieldOptions.DEFAULTS.withValidators(java.util.List.of(Validator.URL)), null, null, maxLength);
    }

    @Override
    protected URLField copy(FieldOptions opts, String name, Class<?> model) {
        return new URLField(opts, name, model, maxLength);
    }

    @Override
    public String internalType() {
        return "CharField";
    }
}
