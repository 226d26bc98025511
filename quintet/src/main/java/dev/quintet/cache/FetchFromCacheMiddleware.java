package dev.quintet.cache;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;

/**
 * The answering half of the site cache: Django's {@code FetchFromCacheMiddleware}. Put it
 * <em>last</em> in {@code MIDDLEWARE}, with {@link UpdateCacheMiddleware} first; the same cache
 * and key prefix must be given to both. A hit returns the stored response without running the
 * view (or the layers inside this one); see {@link CacheMiddleware}.
 */
public final class FetchFromCacheMiddleware implements Middleware {
    private final CacheMiddleware cacheMiddleware;

    /**
     * @param cache the cache pages are read from ({@code CACHE_MIDDLEWARE_ALIAS})
     * @param keyPrefix {@code CACHE_MIDDLEWARE_KEY_PREFIX}
     */
    public FetchFromCacheMiddleware(Cache cache, String keyPrefix) {
        this.cacheMiddleware = new CacheMiddleware(cache, null, null, keyPrefix);
    }

    /** The middleware as {@code MIDDLEWARE} lists it ({@code FetchFromCacheMiddleware::new}), from {@code CACHE_MIDDLEWARE_*}. */
    public FetchFromCacheMiddleware(Settings settings) {
        this(settings.cacheRegistry().get(settings.caches().middlewareAlias()), settings.caches().middlewareKeyPrefix());
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse cached = cacheMiddleware.fetch(request);
        return cached != null ? cached : next.handle(request);
    }
}
