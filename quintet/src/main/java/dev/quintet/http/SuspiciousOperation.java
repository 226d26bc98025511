package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when a request looks like an attack or a misuse (a disallowed host, a tampered value); the handler answers 400 and logs it on the {@code security} logger.
 */
public class SuspiciousOperation extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public SuspiciousOperation(String message) {
        super(message);
    }

    public SuspiciousOperation(String message, Throwable cause) {
        super(message, cause);
    }
}
