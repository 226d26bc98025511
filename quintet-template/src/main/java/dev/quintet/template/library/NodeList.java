package dev.quintet.template.library;

import dev.quintet.template.Context;
import dev.quintet.template.Origin;
import dev.quintet.template.SafeString;
import dev.quintet.template.TemplateException;
import dev.quintet.template.TemplateRenderError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/** A sequence of nodes: a template's body, or the body of a block tag. */
public final class NodeList implements Iterable<Node> {
    private Node[] nodes = new Node[4];
    private int size;
    private boolean containsNonText;

    public NodeList() {
    }

    /** Appends a node (while parsing). */
    public void add(Node node) {
        if (size == nodes.length) {
            nodes = Arrays.copyOf(nodes, size * 2);
        }
        nodes[size++] = node;
    }

    /** Whether a node other than plain text has been added (for the "extends first" rule). */
    public boolean containsNonText() {
        return containsNonText;
    }

    /** Marks that a non-text node was added. */
    public void markNonText() {
        containsNonText = true;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public Node get(int index) {
        if (index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        return nodes[index];
    }

    /** Renders every node in order. */
    public void render(Context context, Appendable out) throws IOException {
        Node[] ns = nodes;
        for (int i = 0, n = size; i < n; i++) {
            Node node = ns[i];
            try {
                node.render(context, out);
            } catch (RuntimeException e) {
                throw locate(e, node);
            }
        }
    }

    /** Renders to a safe string (the output of a template is markup). */
    public SafeString renderToString(Context context) {
        if (size == 0) {
            return SafeString.EMPTY;
        }
        StringBuilder sb = new StringBuilder();
        try {
            render(context, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SafeString.of(sb);
    }

    /** Every node of that type in this list and, recursively, in the nodes' child lists. */
    public <T> List<T> nodesByType(Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(type, found);
        return found;
    }

    private <T> void collect(Class<T> type, List<T> found) {
        for (int i = 0; i < size; i++) {
            Node node = nodes[i];
            if (type.isInstance(node)) {
                found.add(type.cast(node));
            }
            for (NodeList child : node.childNodeLists()) {
                if (child != null) {
                    child.collect(type, found);
                }
            }
        }
    }

    @Override
    public Iterator<Node> iterator() {
        return Arrays.asList(nodes).subList(0, size).iterator();
    }

    /**
     * Gives an exception thrown while rendering {@code node} the node's place: template errors are
     * located (if they are not yet), anything else is wrapped in a {@link TemplateRenderError}.
     */
    public static RuntimeException locate(RuntimeException e, Node node) {
        Token token = node.token();
        if (token == null) {
            return e;
        }
        Origin origin = node.origin();
        String name = origin == null ? null : origin.name();
        if (origin != null && origin.templateName() != null && origin.loader() != null) {
            name = origin.templateName();
        }
        if (e instanceof TemplateException te) {
            if (!te.isLocated()) {
                te.locate(name, token.source(), token.start(), token.line());
            }
            return te;
        }
        String message = e.getMessage() == null ? e.getClass().getName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
        TemplateRenderError wrapped = new TemplateRenderError(message, e);
        wrapped.locate(name, token.source(), token.start(), token.line());
        return wrapped;
    }
}
