package dev.quintet.urls.internal;

import dev.quintet.urls.Converters;
import dev.quintet.urls.Include;
import dev.quintet.urls.Route;
import dev.quintet.urls.UrlPattern;
import java.util.List;
import java.util.Map;

/**
 * A compiled resolver node (an include, or the root): its prefix matcher, its children in
 * declaration order and the {@link PrefixIndex} that narrows them for a path. Also holds the
 * node's reverse lookup tables, built on first use.
 */
public final class Node implements Compiled {
    private final CompiledPattern pattern;
    private final Include source;
    private final List<Compiled> children;
    private final PrefixIndex index;
    private volatile ReverseTables reverse;

    private Node(CompiledPattern pattern, Include source, List<Compiled> children) {
        this.pattern = pattern;
        this.source = source;
        this.children = children;
        this.index = PrefixIndex.build(children);
    }

    /** The root node for {@code patterns}: Django's resolver on {@code ^/}. */
    public static Node root(List<UrlPattern> patterns, Converters registry) {
        return new Node(new LiteralMatcher("/", false, "^/"), null, compileAll(patterns, registry));
    }

    private static List<Compiled> compileAll(List<UrlPattern> patterns, Converters registry) {
        return patterns.stream().map(p -> compile(p, registry)).toList();
    }

    private static Compiled compile(UrlPattern pattern, Converters registry) {
        return switch (pattern) {
            case Route r -> new Leaf(PatternCompiler.compile(r.pattern(), true, registry), r);
            case Include inc -> new Node(PatternCompiler.compile(inc.pattern(), false, registry), inc,
                    compileAll(inc.patterns(), registry));
        };
    }

    @Override
    public CompiledPattern pattern() {
        return pattern;
    }

    /** The include, or {@code null} for the root. */
    @Override
    public Include source() {
        return source;
    }

    /** The children in declaration order. */
    public List<Compiled> children() {
        return children;
    }

    /** Indexes of all children, in order. */
    int[] allChildren() {
        return java.util.stream.IntStream.range(0, children.size()).toArray();
    }

    /** Indexes of the children that may match the path at {@code from}, in declaration order. */
    int[] candidates(String path, int from) {
        return index.candidates(path, from);
    }

    /** The application namespace, or {@code null}. */
    public String appName() {
        return source == null ? null : source.appName();
    }

    /** The instance namespace, or {@code null}. */
    public String namespace() {
        return source == null ? null : source.namespace();
    }

    /** The default kwargs the include passes down. */
    public Map<String, Object> defaultKwargs() {
        return source == null ? Map.of() : source.defaultKwargs();
    }

    /** The reverse tables, built once on first use. */
    ReverseTables reverse() {
        ReverseTables r = reverse;
        if (r == null) {
            r = ReverseTables.build(this);
            reverse = r;
        }
        return r;
    }
}
