package dev.quintet.http;

import java.io.Serial;

/**
 * Raised when a redirect response is given a URL with an unsafe scheme (not http, https or ftp) or longer than 2048 characters.
 */
public class DisallowedRedirect extends SuspiciousOperation {
    @Serial
    private static final long serialVersionUID = 1L;

    public DisallowedRedirect(String message) {
        super(message);
    }

    public DisallowedRedirect(String message, Throwable cause) {
        super(message, cause);
    }
}
