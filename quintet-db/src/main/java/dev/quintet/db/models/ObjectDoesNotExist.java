package dev.quintet.db.models;

/** The lookup matched no object (Django's {@code DoesNotExist}); {@link #model()} names the model queried. */
public class ObjectDoesNotExist extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Class<?> model;

    /** An error about {@code model}. */
    public ObjectDoesNotExist(Class<?> model, String message) {
        super(message);
        this.model = model;
    }

    /** The model class queried. */
    public Class<?> model() {
        return model;
    }
}
