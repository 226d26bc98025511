package dev.quintet.db.models;

/** {@code get()} matched more than one object; {@link #model()} names the model queried. */
public class MultipleObjectsReturned extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Class<?> model;

    /** An error about {@code model}. */
    public MultipleObjectsReturned(Class<?> model, String message) {
        super(message);
        this.model = model;
    }

    /** The model class queried. */
    public Class<?> model() {
        return model;
    }
}
