package dev.quintet.signing;

/** A timestamped signature older than the allowed age: Django's {@code SignatureExpired}. */
public class SignatureExpired extends BadSignature {
    private static final long serialVersionUID = 1L;

    /** With Django's message, {@code Signature age 12.0 > 10 seconds}. */
    public SignatureExpired(String message) {
        super(message);
    }
}
