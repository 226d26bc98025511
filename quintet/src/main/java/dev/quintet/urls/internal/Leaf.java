package dev.quintet.urls.internal;

import dev.quintet.urls.Route;

/**
 * A compiled endpoint.
 *
 * @param pattern the matcher
 * @param source the route
 */
public record Leaf(CompiledPattern pattern, Route source) implements Compiled {
}
