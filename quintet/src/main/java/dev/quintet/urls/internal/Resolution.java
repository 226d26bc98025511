package dev.quintet.urls.internal;

import dev.quintet.urls.Kwargs;
import dev.quintet.urls.ResolverMatch;
import dev.quintet.urls.UrlPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * URL resolution over the compiled tree, with Django's {@code URLResolver.resolve} semantics:
 * children tried in declaration order (narrowed by each node's {@link PrefixIndex}), captured
 * values merged outward, and the list of patterns tried rebuilt on demand for a 404.
 */
public final class Resolution {
    private Resolution() {
    }

    /** The match for {@code path} (with its leading {@code /}), or {@code null}. */
    public static ResolverMatch resolve(Node root, String path) {
        return resolve(root, path, true);
    }

    /**
     * The match for {@code path}; with {@code indexed} false every child is tried in turn, the
     * reference behaviour the index must reproduce (used by tests).
     */
    public static ResolverMatch resolve(Node root, String path, boolean indexed) {
        Captured rootMatch = root.pattern().match(path, 0);
        if (rootMatch == null) {
            return null;
        }
        Hit hit = resolveIn(root, path, rootMatch.end(), indexed);
        if (hit == null) {
            return null;
        }
        return new ResolverMatch(hit.leaf.source().view(), hit.args, Kwargs.of(hit.kwargs),
                hit.leaf.source().name(), hit.appNames, hit.namespaces, hit.route);
    }

    /** One successful branch, built from the leaf outward. */
    private static final class Hit {
        final Leaf leaf;
        List<Object> args;
        Map<String, Object> kwargs;
        String route;
        List<String> appNames = List.of();
        List<String> namespaces = List.of();

        Hit(Leaf leaf, Captured captured) {
            this.leaf = leaf;
            this.args = captured.args();
            Map<String, Object> defaults = leaf.source().defaultKwargs();
            if (defaults.isEmpty()) {
                this.kwargs = captured.kwargs();
            } else {
                this.kwargs = new LinkedHashMap<>(captured.kwargs());
                this.kwargs.putAll(defaults);
            }
            this.route = leaf.pattern().text();
        }

        /** Django's merge in the include's {@code resolve}: its captures, its defaults, then the inner ones. */
        void wrap(Node node, Captured captured) {
            Map<String, Object> inner = kwargs;
            if (!captured.kwargs().isEmpty() || !node.defaultKwargs().isEmpty()) {
                Map<String, Object> merged = new LinkedHashMap<>(captured.kwargs());
                merged.putAll(node.defaultKwargs());
                merged.putAll(inner);
                kwargs = merged;
            }
            if (kwargs.isEmpty() && !captured.args().isEmpty()) {
                List<Object> all = new ArrayList<>(captured.args());
                all.addAll(args);
                args = all;
            }
            if (node.appName() != null) {
                appNames = prepend(node.appName(), appNames);
            }
            if (node.namespace() != null) {
                namespaces = prepend(node.namespace(), namespaces);
            }
            route = joinRoute(node.pattern().text(), route);
        }
    }

    private static List<String> prepend(String first, List<String> rest) {
        if (rest.isEmpty()) {
            return List.of(first);
        }
        List<String> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String joinRoute(String outer, String inner) {
        if (outer.isEmpty()) {
            return inner;
        }
        return outer + (inner.startsWith("^") ? inner.substring(1) : inner);
    }

    private static Hit resolveIn(Node node, String path, int from, boolean indexed) {
        List<Compiled> children = node.children();
        for (int i : indexed ? node.candidates(path, from) : node.allChildren()) {
            Compiled child = children.get(i);
            Captured captured = child.pattern().match(path, from);
            if (captured == null) {
                continue;
            }
            switch (child) {
                case Leaf leaf -> {
                    return new Hit(leaf, captured);
                }
                case Node sub -> {
                    Hit hit = resolveIn(sub, path, captured.end(), indexed);
                    if (hit != null) {
                        hit.wrap(sub, captured);
                        return hit;
                    }
                }
            }
        }
        return null;
    }

    /**
     * The patterns Django would list as tried for {@code path} that matched nothing: every chain
     * from the root to a pattern that failed, in order. Walks the whole tree without the index.
     */
    public static List<List<UrlPattern>> tried(Node root, String path) {
        List<List<UrlPattern>> tried = new ArrayList<>();
        Captured rootMatch = root.pattern().match(path, 0);
        if (rootMatch != null) {
            collect(root, path, rootMatch.end(), tried);
        }
        return tried;
    }

    private static boolean collect(Node node, String path, int from, List<List<UrlPattern>> tried) {
        for (Compiled child : node.children()) {
            Captured captured = child.pattern().match(path, from);
            if (captured != null && child instanceof Leaf) {
                return true;
            }
            if (captured == null) {
                tried.add(List.of(child.source()));
                continue;
            }
            List<List<UrlPattern>> inner = new ArrayList<>();
            if (collect((Node) child, path, captured.end(), inner)) {
                return true;
            }
            for (List<UrlPattern> chain : inner) {
                List<UrlPattern> full = new ArrayList<>(chain.size() + 1);
                full.add(child.source());
                full.addAll(chain);
                tried.add(List.copyOf(full));
            }
        }
        return false;
    }
}
