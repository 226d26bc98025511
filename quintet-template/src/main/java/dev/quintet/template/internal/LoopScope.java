package dev.quintet.template.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The scope {@code {% for %}} pushes: a few names (the loop variables and {@code forloop}) in flat
 * arrays, rebound on every iteration without allocating. Names are compared by identity first
 * (template names are interned at parse time), then by equality, so it behaves as any map.
 */
public final class LoopScope extends AbstractMap<String, Object> {
    private String[] keys;
    private Object[] values;
    private int size;

    /** An empty scope with room for {@code capacity} names before it grows. */
    public LoopScope(int capacity) {
        keys = new String[Math.max(2, capacity)];
        values = new Object[keys.length];
    }

    private int slot(Object key) {
        String[] ks = keys;
        int n = size;
        for (int i = 0; i < n; i++) {
            if (ks[i] == key) {
                return i;
            }
        }
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < n; i++) {
            if (key.equals(ks[i])) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Object get(Object key) {
        int i = slot(key);
        return i < 0 ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return slot(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        int i = slot(key);
        if (i >= 0) {
            Object old = values[i];
            values[i] = value;
            return old;
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        keys[size] = key;
        values[size] = value;
        size++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        int i = slot(key);
        if (i < 0) {
            return null;
        }
        Object old = values[i];
        removeAt(i);
        return old;
    }

    private void removeAt(int i) {
        int tail = size - i - 1;
        System.arraycopy(keys, i + 1, keys, i, tail);
        System.arraycopy(values, i + 1, values, i, tail);
        size--;
        keys[size] = null;
        values[size] = null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public void clear() {
        Arrays.fill(keys, 0, size, null);
        Arrays.fill(values, 0, size, null);
        size = 0;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int next;
                    private int last = -1;

                    @Override
                    public boolean hasNext() {
                        return next < size;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (next >= size) {
                            throw new NoSuchElementException();
                        }
                        last = next++;
                        int at = last;
                        return new AbstractMap.SimpleEntry<>(keys[at], values[at]) {
                            private static final long serialVersionUID = 1L;

                            @Override
                            public Object setValue(Object value) {
                                values[at] = value;
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (last < 0) {
                            throw new IllegalStateException();
                        }
                        removeAt(last);
                        next = last;
                        last = -1;
                    }
                };
            }
        };
    }
}
