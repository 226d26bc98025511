package dev.quintet.urls;

import java.io.Serial;

/**
 * {@code reverse()} found no pattern for the name and arguments; the message lists the patterns
 * tried, in Django's words.
 */
public class NoReverseMatch extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public NoReverseMatch(String message) {
        super(message);
    }
}
