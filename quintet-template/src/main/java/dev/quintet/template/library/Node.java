package dev.quintet.template.library;

import dev.quintet.template.Context;
import dev.quintet.template.Origin;
import java.io.IOException;
import java.util.List;

/**
 * A compiled piece of a template. Tags return nodes from their {@link TagParser}; a node renders
 * itself to an {@link Appendable} and keeps no per-render state in its fields (use
 * {@link Context#renderContext()} for that), so one compiled template serves many threads.
 */
public abstract class Node {
    private Token token;
    private Origin origin;

    /** Writes this node's output. */
    public abstract void render(Context context, Appendable out) throws IOException;

    /** The node lists nested in this node, searched for {@code {% block %}} and the like. */
    public List<NodeList> childNodeLists() {
        return List.of();
    }

    /** True for nodes that must come before any other tag ({@code {% extends %}}). */
    public boolean mustBeFirst() {
        return false;
    }

    /** The token this node was compiled from (set by the parser). */
    public final Token token() {
        return token;
    }

    /** The template this node was compiled from (set by the parser). */
    public final Origin origin() {
        return origin;
    }

    /** Used by the parser to record where the node comes from; the first call wins. */
    public final void setPosition(Origin origin, Token token) {
        if (this.token == null) {
            this.origin = origin;
            this.token = token;
        }
    }

    /** Renders to a string (convenience for tags that post-process their body). */
    public final String renderToString(Context context) {
        StringBuilder sb = new StringBuilder();
        try {
            render(context, sb);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }
}
