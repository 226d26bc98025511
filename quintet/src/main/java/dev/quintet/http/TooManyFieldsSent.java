package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when the query string or the form body holds more than {@code DATA_UPLOAD_MAX_NUMBER_FIELDS} fields; answered 400.
 */
public class TooManyFieldsSent extends BadRequest {
    @Serial
    private static final long serialVersionUID = 1L;

    public TooManyFieldsSent(String message) {
        super(message);
    }

    public TooManyFieldsSent(String message, Throwable cause) {
        super(message, cause);
    }
}
