package dev.quintet.urls.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A trie over the {@code /}-terminated literal segments the children of one node start with.
 * Looking up a path walks its segments as deep as the trie goes; the node reached holds, sorted in
 * declaration order, every child that could match: those whose literal segments lie on the walked
 * path and those with no literal segment at all (a converter or regex first). Children not listed
 * cannot match, so trying the list in order gives Django's first-match result without trying
 * every pattern.
 */
final class PrefixIndex {
    private static final int[] NONE = new int[0];

    private static final class Trie {
        final Map<String, Trie> next = new HashMap<>();
        final Map<String, List<Integer>> ownTerminals = new HashMap<>();
        final List<Integer> own = new ArrayList<>();
        SegmentTable<Trie> nextTable;
        SegmentTable<int[]> terminalTable;
        int[] candidates = NONE;
    }

    private final Trie root;

    private PrefixIndex(Trie root) {
        this.root = root;
    }

    static PrefixIndex build(List<Compiled> children) {
        Trie root = new Trie();
        for (int i = 0; i < children.size(); i++) {
            CompiledPattern p = children.get(i).pattern();
            Trie t = root;
            for (String segment : p.literalSegments()) {
                t = t.next.computeIfAbsent(segment, k -> new Trie());
            }
            String terminal = p.terminal();
            if (terminal != null) {
                t.ownTerminals.computeIfAbsent(terminal, k -> new ArrayList<>()).add(i);
            } else {
                t.own.add(i);
            }
        }
        seal(root, NONE);
        return new PrefixIndex(root);
    }

    private static void seal(Trie t, int[] inherited) {
        t.candidates = merge(inherited, t.own);
        Map<String, int[]> terminals = new HashMap<>();
        t.ownTerminals.forEach((k, v) -> terminals.put(k, merge(t.candidates, v)));
        t.terminalTable = terminals.isEmpty() ? null : new SegmentTable<>(terminals);
        t.nextTable = t.next.isEmpty() ? null : new SegmentTable<>(t.next);
        for (Trie child : t.next.values()) {
            seal(child, t.candidates);
        }
    }

    private static int[] merge(int[] a, List<Integer> b) {
        if (b.isEmpty()) {
            return a;
        }
        TreeSet<Integer> all = new TreeSet<>(b);
        Arrays.stream(a).forEach(all::add);
        return all.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The children that may match {@code path} at {@code from}, in declaration order. */
    int[] candidates(String path, int from) {
        Trie t = root;
        int pos = from;
        while (true) {
            int slash = path.indexOf('/', pos);
            if (slash < 0) {
                int[] exact = t.terminalTable == null ? null : t.terminalTable.get(path, pos, path.length());
                return exact == null ? t.candidates : exact;
            }
            Trie next = t.nextTable == null ? null : t.nextTable.get(path, pos, slash + 1);
            if (next == null) {
                return t.candidates;
            }
            t = next;
            pos = slash + 1;
        }
    }
}
