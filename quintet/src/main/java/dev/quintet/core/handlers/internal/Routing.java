package dev.quintet.core.handlers.internal;

import dev.quintet.http.Http404;
import dev.quintet.http.View;
import dev.quintet.urls.ResolverMatch;
import java.util.List;

/** What the handler needs from the root URLconf: resolution, the error views, and what was tried. */
public interface Routing {

    /** The match for {@code path}; throws {@link Http404} when no pattern matches. */
    ResolverMatch resolve(String path);

    /** The custom view for status 400, 403, 404 or 500, or {@code null} for the default page. */
    View errorHandler(int status);

    /**
     * The patterns tried before {@code notFound} was raised, one line per pattern chain
     * ({@code "blog/ posts/<int:pk>/ [name='post_detail']"}); {@code null} when it was not raised
     * by resolution (a view raised it).
     */
    List<String> tried(Http404 notFound);

    /** The URLconf's name for the technical 404 page. */
    String name();

    /** True when {@code path} resolves (Django's {@code is_valid_path}); used by {@code APPEND_SLASH}. */
    default boolean isValidPath(String path) {
        try {
            resolve(path);
            return true;
        } catch (Http404 e) {
            return false;
        }
    }
}
