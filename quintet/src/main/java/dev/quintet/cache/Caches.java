package dev.quintet.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The configured caches by alias: Django's {@code caches} (and {@code cache}, the default one).
 * Built once at start-up from the {@code CACHES} setting and passed to whoever needs it; every
 * cache is created here, so a malformed configuration fails at start-up.
 *
 * <pre>{@code
 * Caches caches = Caches.of(Map.of(
 *     "default", CacheConfig.of(LocMemCache::new),
 *     "pages", CacheConfig.of(FileBasedCache::new).withLocation("/var/tmp/pages")));
 * caches.cache().set("answer", 42);
 * caches.get("pages").clear();
 * }</pre>
 */
public final class Caches implements AutoCloseable {
    /** Django's {@code DEFAULT_CACHE_ALIAS}. */
    public static final String DEFAULT_CACHE_ALIAS = "default";

    private static final Logger LOG = LoggerFactory.getLogger(Caches.class);

    private final Map<String, Cache> caches;

    private Caches(Map<String, Cache> caches) {
        this.caches = caches;
    }

    /**
     * Creates every cache of {@code configs}, which must have a {@code "default"} alias.
     *
     * @throws IllegalArgumentException when {@code "default"} is missing or a back end refuses
     *     its configuration (the message names the alias)
     */
    public static Caches of(Map<String, CacheConfig> configs) {
        if (!configs.containsKey(DEFAULT_CACHE_ALIAS)) {
            throw new IllegalArgumentException("CACHES: you must define a '" + DEFAULT_CACHE_ALIAS + "' cache");
        }
        Map<String, Cache> created = new LinkedHashMap<>();
        try {
            configs.forEach((alias, config) -> {
                try {
                    created.put(alias, config.backend().create(config));
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException("CACHES['" + alias + "']: " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            created.values().forEach(Cache::close);
            throw e;
        }
        return new Caches(Map.copyOf(created));
    }

    /** Django's default {@code CACHES}: one local-memory cache. */
    public static Caches defaults() {
        return of(Map.of(DEFAULT_CACHE_ALIAS, CacheConfig.of(LocMemCache::new)));
    }

    /**
     * The cache configured under {@code alias}.
     *
     * @throws IllegalArgumentException for an unknown alias (Django's {@code InvalidCacheBackendError})
     */
    public Cache get(String alias) {
        Cache cache = caches.get(alias);
        if (cache == null) {
            throw new IllegalArgumentException("The connection '" + alias + "' doesn't exist. Configured: " + caches.keySet());
        }
        return cache;
    }

    /** The default cache: Django's {@code django.core.cache.cache}. */
    public Cache cache() {
        return caches.get(DEFAULT_CACHE_ALIAS);
    }

    /** The configured aliases. */
    public Set<String> aliases() {
        return caches.keySet();
    }

    /** Closes every cache; failures are logged so that all get the chance to close. */
    @Override
    public void close() {
        caches.forEach((alias, cache) -> {
            try {
                cache.close();
            } catch (RuntimeException e) {
                LOG.error("closing cache '{}' failed", alias, e);
            }
        });
    }
}
