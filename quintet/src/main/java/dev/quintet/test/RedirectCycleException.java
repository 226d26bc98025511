package dev.quintet.test;

import java.util.List;

/** Following redirects looped or went on too long: Django's {@code RedirectCycleError}. */
public final class RedirectCycleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The redirects followed before giving up. */
    private final transient List<RedirectHop> chain;

    RedirectCycleException(String message, List<RedirectHop> chain) {
        super(message + " " + chain);
        this.chain = List.copyOf(chain);
    }

    /** The redirects followed before giving up. */
    public List<RedirectHop> chain() {
        return chain;
    }
}
