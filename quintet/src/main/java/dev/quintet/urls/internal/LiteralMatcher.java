package dev.quintet.urls.internal;

import java.util.List;
import java.util.Map;

/** A route without placeholders: a string comparison, as Django does for such routes. */
final class LiteralMatcher extends CompiledPattern {
    private final String route;
    private final boolean endpoint;

    LiteralMatcher(String route, boolean endpoint, String sourceRegex) {
        super(route, sourceRegex, Map.of(), route, endpoint);
        this.route = route;
        this.endpoint = endpoint;
    }

    @Override
    public Captured match(String path, int from) {
        if (!path.startsWith(route, from)) {
            return null;
        }
        int end = from + route.length();
        if (endpoint && end != path.length()) {
            return null;
        }
        return new Captured(end, List.of(), Map.of());
    }
}
