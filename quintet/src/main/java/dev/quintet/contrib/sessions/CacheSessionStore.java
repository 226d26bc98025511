package dev.quintet.contrib.sessions;

import dev.quintet.cache.Cache;
import dev.quintet.conf.Settings;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Sessions in a cache only: Django's {@code backends.cache}, keys {@code django.contrib.sessions.cache<key>}. */
public class CacheSessionStore extends SessionStore {
    /** Django's key prefix. */
    public static final String KEY_PREFIX = "django.contrib.sessions.cache";
    private static final int MAX_CREATE_ATTEMPTS = 10_000;
    private final Cache cache;

    /** A store for {@code sessionKey} in {@code cache}. */
    public CacheSessionStore(String sessionKey, Settings settings, Cache cache) {
        super(sessionKey, settings);
        this.cache = cache;
    }

    /** The cache key of this session. */
    protected String cacheKey() {
        return KEY_PREFIX + sessionKey();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected Map<String, Object> load() {
        Object data = cache.get(cacheKey());
        if (data instanceof Map<?, ?> m) {
            return (Map<String, Object>) m;
        }
        setSessionKey(null);
        return new LinkedHashMap<>();
    }

    @Override
    public boolean exists(String key) {
        return key != null && cache.has(KEY_PREFIX + key, null);
    }

    @Override
    public void create() {
        for (int i = 0; i < MAX_CREATE_ATTEMPTS; i++) {
            setSessionKey(newSessionKey());
            try {
                save(true);
            } catch (CreateError e) {
                continue;
            }
            setModified(true);
            return;
        }
        throw new IllegalStateException("Unable to create a new session key. It is likely that the cache is unavailable.");
    }

    @Override
    public void save(boolean mustCreate) {
        if (sessionKey() == null) {
            create();
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>(data(mustCreate));
        Duration timeout = Duration.ofSeconds(expiryAge());
        if (mustCreate) {
            if (!cache.add(cacheKey(), data, timeout, null)) {
                throw new CreateError("session key taken");
            }
        } else if (cache.get(cacheKey()) != null) {
            cache.set(cacheKey(), data, timeout, null);
        } else {
            throw new UpdateError("Session " + sessionKey() + " was deleted");
        }
    }

    @Override
    public void delete(String key) {
        String target = key != null ? key : sessionKey();
        if (target != null) {
            cache.delete(KEY_PREFIX + target, null);
        }
    }
}
