package dev.quintet.urls;

import dev.quintet.urls.internal.RouteParser;

/**
 * A {@code path()} route such as {@code "articles/<int:year>/<slug:title>/"}: literal text and
 * {@code <converter:name>} (or {@code <name>}, the {@code str} converter) placeholders.
 *
 * @param route the route as written
 * @throws InvalidUrlPattern when a placeholder contains whitespace, its name is not an identifier,
 *     or a name is used twice
 */
public record RoutePattern(String route) implements PatternSpec {
    public RoutePattern {
        if (route == null) {
            throw new InvalidUrlPattern("URL route must not be null.");
        }
        RouteParser.parse(route);
    }

    @Override
    public String text() {
        return route;
    }

    @Override
    public String toString() {
        return route;
    }
}
