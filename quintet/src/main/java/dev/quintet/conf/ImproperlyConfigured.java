package dev.quintet.conf;

import java.io.Serial;

/**
 * The site is misconfigured: a setting has an invalid value or a required one is missing
 * (Django's {@code ImproperlyConfigured}). Raised at start-up, naming the setting at fault and what
 * was expected.
 */
public class ImproperlyConfigured extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ImproperlyConfigured(String message) {
        super(message);
    }

    public ImproperlyConfigured(String message, Throwable cause) {
        super(message, cause);
    }
}
