package dev.quintet.core.paginator;

/** A page number {@link Paginator#page} cannot serve: Django's {@code InvalidPage}. */
public class InvalidPage extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With Django's message. */
    public InvalidPage(String message) {
        super(message);
    }
}
