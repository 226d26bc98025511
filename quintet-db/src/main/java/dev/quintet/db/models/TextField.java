package dev.quintet.db.models;

/** An unbounded text column. */
public final class TextField extends TextualField<TextField> {
    private TextField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model, maxLength);
    }

    /** A text column. */
    public static TextField of() {
        return new TextField(FieldOptions.DEFAULTS, null, null, null);
    }

    @Override
    protected TextField copy(FieldOptions opts, String name, Class<?> model) {
        return new TextField(opts, name, model, maxLength);
    }

    @Override
    public String internalType() {
        return "TextField";
    }
}
