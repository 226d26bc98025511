package dev.quintet.cache;

/**
 * Creates a cache from its configuration: Django's {@code BACKEND} setting, as a constructor
 * reference instead of a dotted path.
 *
 * <pre>{@code
 * CacheConfig.of(LocMemCache::new)
 * CacheConfig.of(FileBasedCache::new).withLocation("/var/tmp/site_cache")
 * CacheConfig.of(DatabaseCache.backend(dataSource)).withLocation("site_cache")
 * CacheConfig.of(RedisCache::new).withLocation("redis://127.0.0.1:6379/0")
 * }</pre>
 */
@FunctionalInterface
public interface CacheBackend {

    /** A new cache configured by {@code config}; may fail for a malformed configuration. */
    Cache create(CacheConfig config);
}
