package dev.quintet.db.models;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A filter condition tree (Django's {@code Q}): leaves are lookups ({@code "title__icontains", "java"}), combined
 * with {@link #and}, {@link #or} and negated with {@link #not()}.
 *
 * <pre>{@code
 * Post.objects.filter(Q.of("title__startswith", "A").or(Q.of("views__gt", 100)).and(Q.of("draft", true).not()));
 * }</pre>
 */
public final class Q {
    /** How children combine. */
    public enum Connector {
        /** All children hold. */
        AND,
        /** Any child holds. */
        OR
    }

    /**
     * A lookup and its value.
     *
     * @param lookup the path with an optional lookup ({@code author__name__iexact})
     * @param value  the value: a constant, a list, an {@link Expression} or a {@link QuerySet}
     */
    public record Leaf(String lookup, Object value) {
    }

    private final Connector connector;
    private final List<Object> children;
    private final boolean negated;

    private Q(Connector connector, List<Object> children, boolean negated) {
        this.connector = connector;
        this.children = List.copyOf(children);
        this.negated = negated;
    }

    /** One lookup. */
    public static Q of(String lookup, Object value) {
        return new Q(Connector.AND, List.of(new Leaf(lookup, value)), false);
    }

    /** Several lookups, all of which must hold: {@code Q.of("a", 1, "b__gt", 2)}. */
    public static Q of(Object... lookupValuePairs) {
        if (lookupValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("Q.of takes lookup, value pairs");
        }
        List<Object> leaves = new ArrayList<>();
        for (int i = 0; i < lookupValuePairs.length; i += 2) {
            if (!(lookupValuePairs[i] instanceof String s)) {
                throw new IllegalArgumentException("Lookup names must be strings, got " + lookupValuePairs[i]);
            }
            leaves.add(new Leaf(s, lookupValuePairs[i + 1]));
        }
        return new Q(Connector.AND, leaves, false);
    }

    /** Lookups from a map (insertion order kept for ordered maps). */
    public static Q of(Map<String, ?> lookups) {
        List<Object> leaves = new ArrayList<>();
        lookups.forEach((k, v) -> leaves.add(new Leaf(k, v)));
        return new Q(Connector.AND, leaves, false);
    }

    /** An empty condition (matches everything). */
    public static Q empty() {
        return new Q(Connector.AND, List.of(), false);
    }

    /** Both conditions. */
    public Q and(Q other) {
        return combine(other, Connector.AND);
    }

    /** Either condition. */
    public Q or(Q other) {
        return combine(other, Connector.OR);
    }

    /** The negation. */
    public Q not() {
        return new Q(connector, children, !negated);
    }

    private Q combine(Q other, Connector c) {
        if (children.isEmpty()) {
            return other;
        }
        if (other.children.isEmpty()) {
            return this;
        }
        return new Q(c, List.of(this, other), false);
    }

    /** How children combine. */
    public Connector connector() {
        return connector;
    }

    /** The children: {@link Leaf} or {@link Q}. */
    public List<Object> children() {
        return children;
    }

    /** Whether the node is negated. */
    public boolean negated() {
        return negated;
    }

    /** Every leaf under this node. */
    public List<Leaf> leaves() {
        List<Leaf> out = new ArrayList<>();
        for (Object c : children) {
            if (c instanceof Leaf l) {
                out.add(l);
            } else {
                out.addAll(((Q) c).leaves());
            }
        }
        return out;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(negated ? "(NOT (" : "(").append(connector);
        for (Object c : children) {
            b.append(": ").append(c instanceof Leaf l ? "(" + l.lookup() + ", " + l.value() + ")" : c);
        }
        return b.append(negated ? "))" : ")").toString();
    }
}
