package dev.quintet.cache;

import java.io.Serial;

/** A cache back end could not do what was asked: its store failed or could not be reached. */
public class CacheException extends RuntimeException {
    @Serial
    private static final long serialVersionUID = 1L;

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
