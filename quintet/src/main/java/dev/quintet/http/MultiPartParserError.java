package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when a {@code multipart/form-data} body is malformed (bad boundary, truncated part, bad headers); answered 400.
 */
public class MultiPartParserError extends BadRequest {
    @Serial
    private static final long serialVersionUID = 1L;

    public MultiPartParserError(String message) {
        super(message);
    }

    public MultiPartParserError(String message, Throwable cause) {
        super(message, cause);
    }
}
