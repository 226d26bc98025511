package dev.quintet.db.models;

/** A string column of bounded length: {@code CharField.maxLength(200)}. */
public final class CharField extends TextualField<CharField> {
    private CharField(FieldOptions opts, String name, Class<?> model, Integer maxLength) {
        super(opts, name, model, maxLength);
    }

    /** A {@code varchar(maxLength)} column. */
    public static CharField maxLength(int maxLength) {
        return new CharField(FieldOptions.DEFAULTS, null, null, maxLength);
    }

    @Override
    protected CharField copy(FieldOptions opts, String name, Class<?> model) {
        return new CharField(opts, name, model, maxLength);
    }

    @Override
    public String internalType() {
        return "CharField";
    }
}
