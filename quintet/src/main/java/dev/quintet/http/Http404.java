package dev.quintet.http;

import java.io.Serial;

/**
 * Raised by a view when what was asked for does not exist; the handler answers 404 (in DEBUG the technical 404 page shows the message).
 */
public class Http404 extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public Http404(String message) {
        super(message);
    }

    public Http404(String message, Throwable cause) {
        super(message, cause);
    }
}
