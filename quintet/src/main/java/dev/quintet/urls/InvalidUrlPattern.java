package dev.quintet.urls;

import java.io.Serial;

/**
 * A developer's mistake in a URL pattern or URLconf (Django's {@code ImproperlyConfigured} for
 * URLs): a malformed route, an unknown converter, a namespace without an application name. Raised
 * when the pattern or the URLconf is built, naming the route at fault.
 */
public class InvalidUrlPattern extends IllegalArgumentException {
    @Serial
    private static final long serialVersionUID = 1L;

    public InvalidUrlPattern(String message) {
        super(message);
    }

    public InvalidUrlPattern(String message, Throwable cause) {
        super(message, cause);
    }
}
