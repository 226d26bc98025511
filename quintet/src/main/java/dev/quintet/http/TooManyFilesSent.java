package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when a multipart body holds more than {@code DATA_UPLOAD_MAX_NUMBER_FILES} files; answered 400.
 */
public class TooManyFilesSent extends BadRequest {
    @Serial
    private static final long serialVersionUID = 1L;

    public TooManyFilesSent(String message) {
        super(message);
    }

    public TooManyFilesSent(String message, Throwable cause) {
        super(message, cause);
    }
}
