package dev.quintet.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The local-memory cache: Django's {@code LocMemCache}, per process, the default back end.
 *
 * <p>Entries live in a {@link ConcurrentHashMap}; reads take no lock and stamp the entry with the
 * time of access, which is what the approximate LRU culls by. When a write finds the cache full
 * ({@code MAX_ENTRIES}, 300), it culls under a lock: expired entries first, then the least
 * recently used {@code 1/CULL_FREQUENCY} of the entries (3; 0 empties the cache).
 *
 * <p>Copy semantics, as Django's pickling: immutable values (strings, numbers, {@code java.time}
 * values…) are kept as they are; anything else is stored encoded by the {@link CacheSerializer}
 * and decoded on every read, so mutating a list passed to {@code set} or returned by {@code get}
 * never changes the cached value, and an unsupported type fails here as it would on Redis.
 *
 * <p>{@code LOCATION} only names the cache: each instance has its own storage.
 */
public final class LocMemCache extends BaseCache {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final ReentrantLock cullLock = new ReentrantLock();
    private final int maxEntries;
    private final int cullFrequency;

    public LocMemCache(CacheConfig config) {
        super(config);
        int[] culling = config.cullingOptions();
        this.maxEntries = culling[0];
        this.cullFrequency = culling[1];
    }

    /** An encoded mutable value; decoded on each read. */
    private record Encoded(String text) {
    }

    private static final class Entry {
        final Object value;
        final long expiresAt;
        volatile long lastAccess;

        Entry(Object value, long expiresAt) {
            this.value = value;
            this.expiresAt = expiresAt;
            this.lastAccess = System.nanoTime();
        }

        boolean expired(long now) {
            return expiresAt != NEVER && expiresAt <= now;
        }
    }

    private Object store(Object value) {
        return CacheSerializer.isImmutable(value) ? value : new Encoded(serializer().encode(value));
    }

    private Object load(Object stored) {
        return stored instanceof Encoded(String text) ? serializer().decode(text) : stored;
    }

    /** The live entry for a made key, removing it if it expired. */
    private Entry live(String key, long now) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.expired(now)) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    @Override
    public Object get(String key, Object defaultValue, Integer version) {
        Entry entry = live(key(key, version), System.currentTimeMillis());
        if (entry == null) {
            return defaultValue;
        }
        entry.lastAccess = System.nanoTime();
        return load(entry.value);
    }

    @Override
    public void set(String key, Object value, Duration timeout, Integer version) {
        String made = key(key, version);
        Object stored = store(value);
        long now = System.currentTimeMillis();
        cullIfFull(now);
        entries.put(made, new Entry(stored, expiresAt(timeout, now)));
    }

    @Override
    public boolean add(String key, Object value, Duration timeout, Integer version) {
        String made = key(key, version);
        Object stored = store(value);
        long now = System.currentTimeMillis();
        Entry fresh = new Entry(stored, expiresAt(timeout, now));
        boolean[] added = {false};
        if (live(made, now) == null) {
            cullIfFull(now);
        }
        entries.compute(made, (k, existing) -> {
            if (existing != null && !existing.expired(now)) {
                return existing;
            }
            added[0] = true;
            return fresh;
        });
        return added[0];
    }

    @Override
    public boolean touch(String key, Duration timeout, Integer version) {
        String made = key(key, version);
        long now = System.currentTimeMillis();
        Entry touched = entries.computeIfPresent(made, (k, existing) ->
                existing.expired(now) ? null : new Entry(existing.value, expiresAt(timeout, now)));
        return touched != null;
    }

    @Override
    public boolean delete(String key, Integer version) {
        Entry removed = entries.remove(key(key, version));
        return removed != null && !removed.expired(System.currentTimeMillis());
    }

    @Override
    public long incr(String key, long delta, Integer version) {
        String made = key(key, version);
        long now = System.currentTimeMillis();
        long[] result = new long[1];
        entries.compute(made, (k, existing) -> {
            if (existing == null || existing.expired(now)) {
                throw notFound(key);
            }
            result[0] = increment(key, load(existing.value), delta);
            Entry updated = new Entry(result[0], existing.expiresAt);
            updated.lastAccess = existing.lastAccess;
            return updated;
        });
        return result[0];
    }

    @Override
    public boolean has(String key, Integer version) {
        return live(key(key, version), System.currentTimeMillis()) != null;
    }

    @Override
    public void clear() {
        entries.clear();
    }

    private void cullIfFull(long now) {
        if (entries.size() < maxEntries) {
            return;
        }
        cullLock.lock();
        try {
            if (entries.size() < maxEntries) {
                return; // another writer culled meanwhile
            }
            if (cullFrequency == 0) {
                entries.clear();
                return;
            }
            int count = entries.size() / cullFrequency;
            entries.entrySet().removeIf(e -> e.getValue().expired(now));
            if (entries.size() < maxEntries) {
                return;
            }
            List<Map.Entry<String, Entry>> byAge = new ArrayList<>(entries.entrySet());
            byAge.sort(Comparator.comparingLong(e -> e.getValue().lastAccess));
            for (int i = 0; i < count && i < byAge.size(); i++) {
                entries.remove(byAge.get(i).getKey(), byAge.get(i).getValue());
            }
        } finally {
            cullLock.unlock();
        }
    }
}
