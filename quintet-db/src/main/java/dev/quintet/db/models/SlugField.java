package dev.quintet.db.models;

/** A slug (letters, digits, underscores, hyphens), indexed; max length 50. */
public final class SlugField extends TextualField<SlugField> {
    private SlugField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model, maxLength);
    }

    /** A slug field of max length 50 with an index. */
    public static SlugField of() {
        return new SlugField(FieldOptions.DEFAULTS.withDbIndex(true).withValidators(java.util.List.of(Validator.SLUG)), null, null, 50);
    }

    /** A slug field of another max length. */
    public static SlugField maxLength(int maxLength) {
        return new SlugField(FieldOptions.DEFAULTS.withDbIndex(true).withValidators(java.util.List.of(Validator.SLUG)), null, null, maxLength);
    }

    @Override
    protected SlugField copy(FieldOptions opts, String name, Class<?> model) {
        return new SlugField(opts, name, model, maxLength);
    }

    @Override
    public String internalType() {
        return "SlugField";
    }
}
