package dev.quintet.urls;

import dev.quintet.http.Http404;
import java.io.Serial;
import java.util.List;
import java.util.function.Supplier;

/**
 * No URL pattern matched the path: Django's {@code Resolver404}. The handler answers 404; the
 * DEBUG page lists {@link #tried()}, each entry the chain of patterns from the root to the one that
 * failed (an include, then the patterns inside it).
 */
public final class Resolver404 extends Http404 {
    @Serial
    private static final long serialVersionUID = 1L;

    private final String path;
    private final transient Supplier<List<List<UrlPattern>>> triedSupplier;
    private transient volatile List<List<UrlPattern>> tried;

    /**
     * A 404 for {@code path}.
     *
     * @param path the path resolved, without its leading {@code /} (as Django reports it)
     * @param tried computes the patterns tried; called at most once, when asked for
     */
    public Resolver404(String path, Supplier<List<List<UrlPattern>>> tried) {
        super("The current path, " + path + ", didn't match any of these.");
        this.path = path;
        this.triedSupplier = tried;
    }

    /**
     * No stack trace: a 404 is an answer, not a fault, and its trace would only show the
     * resolver's own frames. Keeps not-found as cheap as a match.
     */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }

    /** The path that matched nothing, without its leading {@code /}. */
    public String path() {
        return path;
    }

    /**
     * The patterns tried, in order: each a chain from the root URLconf's entry down to the pattern
     * that failed. Computed on first call (a walk of the whole URLconf), so a 404 costs nothing
     * extra unless a DEBUG page asks.
     */
    public List<List<UrlPattern>> tried() {
        List<List<UrlPattern>> t = tried;
        if (t == null) {
            t = triedSupplier == null ? List.of() : List.copyOf(triedSupplier.get());
            tried = t;
        }
        return t;
    }
}
