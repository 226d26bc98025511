package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when the request's host is not in {@code ALLOWED_HOSTS}; the handler logs it and answers 400.
 */
public class DisallowedHost extends SuspiciousOperation {
    @Serial
    private static final long serialVersionUID = 1L;

    public DisallowedHost(String message) {
        super(message);
    }

    public DisallowedHost(String message, Throwable cause) {
        super(message, cause);
    }
}
