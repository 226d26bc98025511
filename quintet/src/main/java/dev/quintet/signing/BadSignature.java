package dev.quintet.signing;

/** A signed value whose signature does not match: Django's {@code django.core.signing.BadSignature}. */
public class BadSignature extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** With Django's message, e.g. {@code Signature "abc" does not match}. */
    public BadSignature(String message) {
        super(message);
    }

    /** With a cause, e.g. undecodable base64 or JSON. */
    public BadSignature(String message, Throwable cause) {
        super(message, cause);
    }
}
