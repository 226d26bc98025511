package dev.quintet.urls.internal;

import dev.quintet.urls.UrlPattern;

/** A pattern of the tree after compilation: a {@link Leaf} or a {@link Node}. */
public sealed interface Compiled permits Leaf, Node {
    /** The compiled matcher. */
    CompiledPattern pattern();

    /** The pattern as the user wrote it. */
    UrlPattern source();
}
