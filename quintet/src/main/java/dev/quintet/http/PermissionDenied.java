package dev.quintet.http;

import java.io.Serial;

/**
 * Raised by a view when the user may not do what they asked; the handler answers 403.
 */
public class PermissionDenied extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public PermissionDenied(String message) {
        super(message);
    }

    public PermissionDenied(String message, Throwable cause) {
        super(message, cause);
    }
}
