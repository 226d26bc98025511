package dev.quintet.contrib.sessions;

import dev.quintet.cache.Cache;
import dev.quintet.conf.Settings;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Sessions written to the database and a cache, read from the cache first: Django's
 * {@code backends.cached_db}, keys {@code django.contrib.sessions.cached_db<key>}.
 */
public class CachedDbSessionStore extends DatabaseSessionStore {
    /** Django's key prefix. */
    public static final String KEY_PREFIX = "django.contrib.sessions.cached_db";
    private final Cache cache;

    /** A store for {@code sessionKey} backed by {@code cache} and the database. */
    public CachedDbSessionStore(String sessionKey, Settings settings, Cache cache) {
        super(sessionKey, settings);
        this.cache = cache;
    }

    private String cacheKey() {
        return KEY_PREFIX + sessionKey();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, Object> load() {
        if (cache.get(cacheKey()) instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        Optional<Session> row = fetch();
        if (row.isEmpty()) {
            setSessionKey(null);
            return new LinkedHashMap<>();
        }
        Map<String, Object> data = decode(row.get().sessionData);
        long age = Math.max(0, Duration.between(Instant.now(), row.get().expireDate).toSeconds());
        cache.set(cacheKey(), new LinkedHashMap<>(data), Duration.ofSeconds(age), null);
        return data;
    }

    @Override
    public boolean exists(String key) {
        return key != null && (cache.has(KEY_PREFIX + key, null) || super.exists(key));
    }

    @Override
    public void save(boolean mustCreate) {
        super.save(mustCreate);
        cache.set(cacheKey(), new LinkedHashMap<>(data()), Duration.ofSeconds(expiryAge()), null);
    }

    @Override
    public void delete(String key) {
        super.delete(key);
        String target = key != null ? key : sessionKey();
        if (target != null) {
            cache.delete(KEY_PREFIX + target, null);
        }
    }
}
