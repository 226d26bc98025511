package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when the request body (files excluded) exceeds {@code DATA_UPLOAD_MAX_MEMORY_SIZE}; answered 400.
 */
public class RequestDataTooBig extends BadRequest {
    @Serial
    private static final long serialVersionUID = 1L;

    public RequestDataTooBig(String message) {
        super(message);
    }

    public RequestDataTooBig(String message, Throwable cause) {
        super(message, cause);
    }
}
