package dev.quintet.urls.internal;

import java.util.Map;

/**
 * A read-only hash table from strings to values, looked up by a region of another string so a
 * path's segments are found without cutting them out. Open addressing, built once.
 */
final class SegmentTable<V> {
    private final String[] keys;
    private final Object[] values;
    private final int mask;

    SegmentTable(Map<String, V> entries) {
        int capacity = Integer.highestOneBit(Math.max(2, entries.size() * 2 + 1) - 1) << 1;
        keys = new String[capacity];
        values = new Object[capacity];
        mask = capacity - 1;
        entries.forEach((k, v) -> {
            int i = k.hashCode() & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = v;
        });
    }

    /** The value for {@code s.substring(from, to)}, or {@code null}. */
    @SuppressWarnings("unchecked")
    V get(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        int i = h & mask;
        String k;
        while ((k = keys[i]) != null) {
            if (k.length() == len && s.regionMatches(from, k, 0, len)) {
                return (V) values[i];
            }
            i = (i + 1) & mask;
        }
        return null;
    }
}
