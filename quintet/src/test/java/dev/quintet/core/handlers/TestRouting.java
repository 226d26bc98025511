package dev.quintet.core.handlers;

import dev.quintet.core.handlers.internal.Routing;
import dev.quintet.http.Http404;
import dev.quintet.http.View;
import dev.quintet.urls.Kwargs;
import dev.quintet.urls.ResolverMatch;
import java.io.Serial;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A literal-path router for handler tests, standing in for the root URLconf. */
final class TestRouting implements Routing {
    private final Map<String, ResolverMatch> routes = new LinkedHashMap<>();
    private final Map<Integer, View> errorHandlers = new HashMap<>();

    /** Thrown for an unknown path; carries the tried patterns as the URL resolver does. */
    static final class NoMatch extends Http404 {
        @Serial
        private static final long serialVersionUID = 1L;
        final transient List<String> tried;

        NoMatch(String path, List<String> tried) {
            super("no match for " + path);
            this.tried = tried;
        }
    }

    /** Routes {@code /route} to {@code view} named {@code name}. */
    TestRouting route(String route, View view, String name) {
        routes.put("/" + route, new ResolverMatch(view, List.of(), Kwargs.EMPTY, name, List.of(), List.of(), route));
        return this;
    }

    TestRouting handler(int status, View view) {
        errorHandlers.put(status, view);
        return this;
    }

    @Override
    public ResolverMatch resolve(String path) {
        ResolverMatch match = routes.get(path);
        if (match == null) {
            List<String> tried = new ArrayList<>();
            for (ResolverMatch m : routes.values()) {
                tried.add(m.route() + (m.urlName() == null ? "" : " [name='" + m.urlName() + "']"));
            }
            throw new NoMatch(path, tried);
        }
        return match;
    }

    @Override
    public View errorHandler(int status) {
        return errorHandlers.get(status);
    }

    @Override
    public List<String> tried(Http404 notFound) {
        return notFound instanceof NoMatch noMatch ? noMatch.tried : null;
    }

    @Override
    public String name() {
        return "test.urls";
    }
}
