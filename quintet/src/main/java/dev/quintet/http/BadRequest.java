package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when the client sent a request that cannot be processed (malformed body, limits exceeded); the handler answers 400 with the reason.
 */
public class BadRequest extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public BadRequest(String message) {
        super(message);
    }

    public BadRequest(String message, Throwable cause) {
        super(message, cause);
    }
}
