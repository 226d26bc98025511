package dev.quintet.cache;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The cache settings of a site: Django's {@code CACHES} and the {@code CACHE_MIDDLEWARE_*}
 * settings, given to {@code Settings.builder().caches(...)}.
 *
 * <pre>{@code
 * Settings.builder().caches(CacheSettings.DEFAULTS
 *     .withCache("default", CacheConfig.of(RedisCache::new).withLocation("redis://127.0.0.1:6379/0"))
 *     .withMiddlewareSeconds(Duration.ofMinutes(5)))
 * }</pre>
 *
 * @param caches the caches by alias; {@code default} is required
 * @param middlewareAlias {@code CACHE_MIDDLEWARE_ALIAS}: the cache the page-cache middleware and
 *     {@code cachePage} use
 * @param middlewareSeconds {@code CACHE_MIDDLEWARE_SECONDS}: a page's timeout when its response
 *     sets no {@code max-age}
 * @param middlewareKeyPrefix {@code CACHE_MIDDLEWARE_KEY_PREFIX}
 */
public record CacheSettings(Map<String, CacheConfig> caches, String middlewareAlias, Duration middlewareSeconds,
                            String middlewareKeyPrefix) {

    /** Django's defaults: one local-memory cache as {@code default}; 600 s; no prefix. */
    public static final CacheSettings DEFAULTS = new CacheSettings(
            Map.of(Caches.DEFAULT_CACHE_ALIAS, CacheConfig.of(LocMemCache::new)), Caches.DEFAULT_CACHE_ALIAS,
            CacheMiddleware.DEFAULT_CACHE_MIDDLEWARE_SECONDS, "");

    public CacheSettings {
        caches = Map.copyOf(Objects.requireNonNull(caches, "caches"));
        Objects.requireNonNull(middlewareAlias, "middlewareAlias");
        Objects.requireNonNull(middlewareSeconds, "middlewareSeconds");
        Objects.requireNonNull(middlewareKeyPrefix, "middlewareKeyPrefix");
    }

    /** These settings with {@code alias} configured as {@code config} (replacing one of that alias). */
    public CacheSettings withCache(String alias, CacheConfig config) {
        Map<String, CacheConfig> all = new LinkedHashMap<>(caches);
        all.put(alias, config);
        return new CacheSettings(all, middlewareAlias, middlewareSeconds, middlewareKeyPrefix);
    }

    /** These settings with exactly {@code configs} as {@code CACHES}. */
    public CacheSettings withCaches(Map<String, CacheConfig> configs) {
        return new CacheSettings(configs, middlewareAlias, middlewareSeconds, middlewareKeyPrefix);
    }

    public CacheSettings withMiddlewareAlias(String alias) {
        return new CacheSettings(caches, alias, middlewareSeconds, middlewareKeyPrefix);
    }

    public CacheSettings withMiddlewareSeconds(Duration seconds) {
        return new CacheSettings(caches, middlewareAlias, seconds, middlewareKeyPrefix);
    }

    public CacheSettings withMiddlewareKeyPrefix(String prefix) {
        return new CacheSettings(caches, middlewareAlias, middlewareSeconds, prefix);
    }
}
