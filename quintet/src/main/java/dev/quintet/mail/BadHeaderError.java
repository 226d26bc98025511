package dev.quintet.mail;

/** A header value with a newline (header injection): Django's {@code BadHeaderError}. */
public class BadHeaderError extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** With Django's message. */
    public BadHeaderError(String message) {
        super(message);
    }
}
