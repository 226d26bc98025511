package dev.quintet.cache;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A cache that caches nothing: Django's {@code DummyCache}, for development. Every read misses,
 * writes are accepted and forgotten ({@code add} reports success, as in Django), and
 * {@code incr}/{@code incrVersion} fail as for a missing key. Keys are still validated.
 */
public final class DummyCache extends BaseCache {

    public DummyCache(CacheConfig config) {
        super(config);
    }

    @Override
    public Object get(String key, Object defaultValue, Integer version) {
        key(key, version);
        return defaultValue;
    }

    @Override
    public void set(String key, Object value, Duration timeout, Integer version) {
        key(key, version);
    }

    @Override
    public boolean add(String key, Object value, Duration timeout, Integer version) {
        key(key, version);
        return true;
    }

    @Override
    public boolean touch(String key, Duration timeout, Integer version) {
        key(key, version);
        return false;
    }

    @Override
    public boolean delete(String key, Integer version) {
        key(key, version);
        return false;
    }

    @Override
    public Map<String, Object> getMany(Collection<String> keys, Integer version) {
        keys.forEach(k -> key(k, version));
        return new LinkedHashMap<>();
    }

    @Override
    public List<String> setMany(Map<String, ?> values, Duration timeout, Integer version) {
        values.keySet().forEach(k -> key(k, version));
        return new ArrayList<>(0);
    }

    @Override
    public long incr(String key, long delta, Integer version) {
        key(key, version);
        throw notFound(key);
    }

    @Override
    public boolean has(String key, Integer version) {
        key(key, version);
        return false;
    }

    @Override
    public void clear() {
    }
}
