package dev.quintet.cache;

import dev.quintet.cache.internal.CachedResponse;
import dev.quintet.core.handlers.RenderableResponse;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import dev.quintet.utils.Headers;
import dev.quintet.utils.cache.CacheHeaders;
import java.time.Duration;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The whole-site cache in one layer: Django's {@code CacheMiddleware}, what {@code cachePage}
 * wraps around a view. It answers from the cache when it can ({@link FetchFromCacheMiddleware}'s
 * half) and stores what the view answers ({@link UpdateCacheMiddleware}'s half).
 *
 * <p>How it works, per request:
 * <ol>
 *   <li>Only {@code GET} and {@code HEAD} are looked up; the page key comes from
 *       {@link CacheHeaders#getCacheKey}. A hit is answered at once with an {@code Age} header.</li>
 *   <li>On a miss the rest of the chain runs. The response is stored only if it is a 200, not
 *       streaming, not {@code Cache-Control: private}, {@code no-store} or {@code no-cache}, and
 *       does not set a cookie in answer to a cookie-less request while varying on
 *       {@code Cookie}.</li>
 *   <li>The timeout is the page timeout if one was given ({@code cachePage}); otherwise the
 *       response's {@code max-age} (0: not stored), else {@code CACHE_MIDDLEWARE_SECONDS}. The
 *       response gets {@code Expires} and {@code Cache-Control: max-age} (Django's
 *       {@code patch_response_headers}) and is stored under {@link CacheHeaders#learnCacheKey}.</li>
 * </ol>
 *
 * <pre>{@code
 * // settings: UpdateCacheMiddleware first, FetchFromCacheMiddleware last
 * .middleware(s -> new UpdateCacheMiddleware(caches.cache(), Duration.ofMinutes(10), ""),
 *             SecurityMiddleware::new, ...,
 *             s -> new FetchFromCacheMiddleware(caches.cache(), ""))
 * }</pre>
 */
public final class CacheMiddleware implements Middleware {
    /** Django's {@code CACHE_MIDDLEWARE_SECONDS} default: 600. */
    public static final Duration DEFAULT_CACHE_MIDDLEWARE_SECONDS = Duration.ofSeconds(600);

    /** The request attribute by which the fetching half tells the updating half to store. */
    static final String UPDATE_CACHE = "dev.quintet.cache.updateCache";

    private final Cache cache;
    private final String keyPrefix;
    private final Duration cacheTimeout;
    private final Duration pageTimeout;

    /**
     * @param cache where pages go ({@code CACHE_MIDDLEWARE_ALIAS})
     * @param cacheTimeout used when the response has no {@code max-age} ({@code CACHE_MIDDLEWARE_SECONDS})
     * @param pageTimeout when non-null, overrides the response's {@code max-age} ({@code cache_page}'s timeout)
     * @param keyPrefix {@code CACHE_MIDDLEWARE_KEY_PREFIX}, "" for none
     */
    public CacheMiddleware(Cache cache, Duration cacheTimeout, Duration pageTimeout, String keyPrefix) {
        this.cache = cache;
        this.cacheTimeout = cacheTimeout == null ? DEFAULT_CACHE_MIDDLEWARE_SECONDS : cacheTimeout;
        this.pageTimeout = pageTimeout;
        this.keyPrefix = keyPrefix == null ? "" : keyPrefix;
    }

    @Override
    public HttpResponse handle(HttpRequest request, View next) throws Exception {
        HttpResponse cached = fetch(request);
        if (cached != null) {
            return cached;
        }
        return update(request, next.handle(request));
    }

    /** The request phase: a cached response, or {@code null} after marking the request for storing. */
    HttpResponse fetch(HttpRequest request) {
        String method = request.method();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            request.setAttribute(UPDATE_CACHE, Boolean.FALSE);
            return null;
        }
        String key = CacheHeaders.getCacheKey(request, keyPrefix, "GET", cache);
        if (key == null) {
            request.setAttribute(UPDATE_CACHE, Boolean.TRUE);
            return null;
        }
        Object stored = cache.get(key);
        if (stored == null && method.equals("HEAD")) {
            stored = cache.get(CacheHeaders.getCacheKey(request, keyPrefix, "HEAD", cache));
        }
        if (!(stored instanceof CachedResponse cachedResponse)) {
            request.setAttribute(UPDATE_CACHE, Boolean.TRUE);
            return null;
        }
        HttpResponse response = cachedResponse.toResponse();
        OptionalLong maxAge = CacheHeaders.getMaxAge(response);
        long expires = Headers.parseHttpDate(response.header("Expires"));
        if (maxAge.isPresent() && expires >= 0) {
            long remaining = expires - System.currentTimeMillis() / 1000;
            response.setHeader("Age", Long.toString(Math.max(0, maxAge.getAsLong() - remaining)));
        }
        request.setAttribute(UPDATE_CACHE, Boolean.FALSE);
        return response;
    }

    /** The response phase: stores the response when the request was marked and it may be cached. */
    HttpResponse update(HttpRequest request, HttpResponse response) throws Exception {
        if (!Boolean.TRUE.equals(request.attribute(UPDATE_CACHE))) {
            return response;
        }
        if (response instanceof RenderableResponse renderable && !renderable.isRendered()) {
            response = renderable.render(); // Django stores after rendering, through a post-render callback
        }
        if (response.isStreaming() || (response.status() != 200 && response.status() != 304)) {
            return response;
        }
        // A user-specific cookie in answer to a cookie-less request must not be served to others.
        if (request.COOKIES().isEmpty() && !response.cookies().isEmpty() && CacheHeaders.hasVaryHeader(response, "Cookie")) {
            return response;
        }
        if (isPrivate(response)) {
            return response;
        }
        long timeout;
        if (pageTimeout != null) {
            timeout = pageTimeout.toSeconds();
        } else {
            OptionalLong maxAge = CacheHeaders.getMaxAge(response);
            if (maxAge.isPresent() && maxAge.getAsLong() == 0) {
                return response;
            }
            timeout = maxAge.isPresent() ? maxAge.getAsLong() : cacheTimeout.toSeconds();
        }
        CacheHeaders.patchResponseHeaders(response, timeout);
        if (timeout > 0 && response.status() == 200) {
            Duration duration = Duration.ofSeconds(timeout);
            String key = CacheHeaders.learnCacheKey(request, response, duration, keyPrefix, cache);
            cache.set(key, CachedResponse.of(response), duration);
        }
        return response;
    }

    private static boolean isPrivate(HttpResponse response) {
        String cc = response.header("Cache-Control");
        if (cc == null) {
            return false;
        }
        String lower = cc.toLowerCase(Locale.ROOT);
        return lower.contains("private") || CacheHeaders.hasCacheControl(response, "no-store")
                || CacheHeaders.hasCacheControl(response, "no-cache");
    }
}
