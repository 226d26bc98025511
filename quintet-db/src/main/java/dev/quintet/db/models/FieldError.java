package dev.quintet.db.models;

/**
 * A query names a field or lookup that does not exist, or uses one where it is not allowed. The message lists the
 * valid choices, as Django's does: {@code Cannot resolve keyword 'titel' into field. Choices are: author, body, id, title}.
 */
public class FieldError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with a message. */
    public FieldError(String message) {
        super(message);
    }
}
