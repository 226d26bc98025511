package dev.quintet.cache;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import java.time.Duration;

/**
 * The storing half of the site cache: Django's {@code UpdateCacheMiddleware}. Put it
 * <em>first</em> in {@code MIDDLEWARE} (its response phase runs last, after every other layer
 * has patched the response, e.g. added {@code Vary}); pair it with
 * {@link FetchFromCacheMiddleware} last. See {@link CacheMiddleware} for the rules.
 *
 * <pre>{@code
 * .middleware(s -> new UpdateCacheMiddleware(caches.cache(), Duration.ofMinutes(10), "site1"), ...)
 * }</pre>
 */
public final class UpdateCacheMiddleware implements Middleware {
    private final CacheMiddleware cacheMiddleware;

    /**
     * @param cache the cache pages are stored in ({@code CACHE_MIDDLEWARE_ALIAS})
     * @param cacheSeconds the timeout when the response has no {@code max-age}
     *     ({@code CACHE_MIDDLEWARE_SECONDS}; {@code null}: 600 s)
     * @param keyPrefix {@code CACHE_MIDDLEWARE_KEY_PREFIX}
     */
    public UpdateCacheMiddleware(Cache cache, Duration cacheSeconds, String keyPrefix) {
        this.cacheMiddleware = new CacheMiddleware(cache, cacheSeconds, null, keyPrefix);
    }

    /**
     * The middleware as {@code MIDDLEWARE} lists it ({@code UpdateCacheMiddleware::new}): the cache,
     * timeout and prefix of the settings' {@code CACHE_MIDDLEWARE_*}.
     */
    public UpdateCacheMiddleware(Settings settings) {
        this(settings.cacheRegistry().get(settings.caches().middlewareAlias()), settings.caches().middlewareSeconds(),
                settings.caches().middlewareKeyPrefix());
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        return cacheMiddleware.update(request, next.handle(request));
    }
}
