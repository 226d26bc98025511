package dev.quintet.middleware;

import java.io.Serial;

/**
 * Thrown by a {@link Middleware.Factory} at start-up to leave its middleware out of the chain
 * (Django's {@code MiddlewareNotUsed}); logged at debug level with its message.
 */
public final class MiddlewareNotUsed extends Exception {
    @Serial
    private static final long serialVersionUID = 1L;

    public MiddlewareNotUsed(String reason) {
        super(reason, null, false, false);
    }
}
