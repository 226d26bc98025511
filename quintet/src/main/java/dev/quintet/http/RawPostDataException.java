package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when {@link HttpRequest#body()} is read after the body stream was consumed (by multipart parsing or by the view): a programming error, as in Django.
 */
public class RawPostDataException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public RawPostDataException(String message) {
        super(message);
    }

    public RawPostDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
