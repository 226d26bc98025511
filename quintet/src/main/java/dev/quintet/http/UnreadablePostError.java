package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when the request body cannot be read (the client went away mid-upload); answered 400.
 */
public class UnreadablePostError extends BadRequest {
    @Serial
    private static final long serialVersionUID = 1L;

    public UnreadablePostError(String message) {
        super(message);
    }

    public UnreadablePostError(String message, Throwable cause) {
        super(message, cause);
    }
}
