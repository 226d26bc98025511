package dev.quintet.urls.internal;

import dev.quintet.urls.Converter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Django's {@code URLResolver._populate} for one node: endpoints by name (the last declared first,
 * so that the last pattern of a name wins), namespaces by instance name (the first declared wins)
 * and instance namespaces by application name (the last deployed first). Includes without a
 * namespace are flattened in, their patterns prefixed.
 */
final class ReverseTables {
    /** A namespace entry: the prefix pattern down to the namespaced node, the node, its converters. */
    record NsEntry(String prefix, Node node, Map<String, Converter> converters) {
    }

    final Map<String, List<Possibility>> lookups = new HashMap<>();
    final Map<String, NsEntry> namespaces = new HashMap<>();
    final Map<String, List<String>> apps = new HashMap<>();

    private ReverseTables() {
    }

    static ReverseTables build(Node node) {
        ReverseTables t = new ReverseTables();
        List<Compiled> children = node.children();
        for (int i = children.size() - 1; i >= 0; i--) {
            Compiled child = children.get(i);
            String prefix = stripCaret(child.pattern().sourceRegex());
            switch (child) {
                case Leaf leaf -> {
                    String name = leaf.source().name();
                    if (name != null) {
                        t.add(name, new Possibility(prefix, leaf.source().defaultKwargs(), leaf.pattern().converters()));
                    }
                }
                case Node sub when sub.appName() != null -> {
                    t.apps.computeIfAbsent(sub.appName(), k -> new ArrayList<>()).add(sub.namespace());
                    t.namespaces.put(sub.namespace(), new NsEntry(prefix, sub, sub.pattern().converters()));
                }
                case Node sub -> {
                    ReverseTables inner = sub.reverse();
                    inner.lookups.forEach((name, list) -> {
                        for (Possibility p : list) {
                            t.add(name, new Possibility(prefix + p.pattern, merge(p.defaults, sub.defaultKwargs()),
                                    merge(merge(node.pattern().converters(), sub.pattern().converters()), p.converters)));
                        }
                    });
                    inner.namespaces.forEach((ns, e) -> t.namespaces.put(ns, new NsEntry(prefix + e.prefix(), e.node(),
                            merge(e.converters(), sub.pattern().converters()))));
                    inner.apps.forEach((app, list) -> t.apps.computeIfAbsent(app, k -> new ArrayList<>()).addAll(list));
                }
            }
        }
        return t;
    }

    private void add(String name, Possibility p) {
        lookups.computeIfAbsent(name, k -> new ArrayList<>()).add(p);
    }

    static String stripCaret(String regex) {
        return regex.startsWith("^") ? regex.substring(1) : regex;
    }

    static <V> Map<String, V> merge(Map<String, ? extends V> first, Map<String, ? extends V> second) {
        if (second.isEmpty()) {
            return new LinkedHashMap<>(first);
        }
        Map<String, V> m = new LinkedHashMap<>(first);
        m.putAll(second);
        return m;
    }
}
