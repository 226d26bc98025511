package dev.quintet.cache;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.SiteContext;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.utils.cache.CacheHeaders;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Django's {@code django.views.decorators.cache} (and {@code vary}): view wrappers that cache a
 * page or set its caching headers.
 *
 * <pre>{@code
 * path("archive/", CacheDecorators.cachePage(caches.cache(), Duration.ofMinutes(15), BlogViews::archive), "archive"),
 * path("account/", CacheDecorators.neverCache(AccountViews::home), "account"),
 * path("feed/", CacheDecorators.cacheControl(BlogViews::feed, "public", "max-age=3600"), "feed"),
 * }</pre>
 */
public final class CacheDecorators {
    private CacheDecorators() {
    }

    /**
     * Django's {@code cache_page(timeout)}: answers from {@code cache} for {@code timeout} (which
     * overrides the response's {@code max-age}) with the rules of {@link CacheMiddleware}.
     */
    public static View cachePage(Cache cache, Duration timeout, View view) {
        return cachePage(cache, timeout, "", view);
    }

    /** {@link #cachePage(Cache, Duration, View)} with a key prefix of its own. */
    public static View cachePage(Cache cache, Duration timeout, String keyPrefix, View view) {
        CacheMiddleware middleware = new CacheMiddleware(cache, null, timeout, keyPrefix);
        return request -> middleware.handle(request, view);
    }

    /**
     * Django's {@code cache_page(seconds)}: like {@link #cachePage(Cache, Duration, View)} with the
     * site's {@code CACHE_MIDDLEWARE_ALIAS} cache and key prefix, found per request through the
     * site that answers it ({@code SiteContext}); built once per site.
     *
     * <pre>{@code
     * path("stats/", cachePage(60 * 15, BlogViews::statistics), "statistics")
     * }</pre>
     */
    public static View cachePage(long seconds, View view) {
        Duration timeout = Duration.ofSeconds(seconds);
        AtomicReference<Map.Entry<Settings, View>> built = new AtomicReference<>();
        return request -> {
            Settings settings = SiteContext.current().settings();
            Map.Entry<Settings, View> entry = built.get();
            if (entry == null || entry.getKey() != settings) {
                Cache cache = settings.cacheRegistry().get(settings.caches().middlewareAlias());
                entry = Map.entry(settings, cachePage(cache, timeout, settings.caches().middlewareKeyPrefix(), view));
                built.set(entry);
            }
            return entry.getValue().handle(request);
        };
    }

    /** {@link #cachePage(Cache, Duration, View)} with a timeout in seconds. */
    public static View cachePage(Cache cache, long seconds, View view) {
        return cachePage(cache, Duration.ofSeconds(seconds), "", view);
    }

    /**
     * Django's {@code never_cache}: the view's responses get {@code Expires} now and
     * {@code Cache-Control: max-age=0, no-cache, no-store, must-revalidate, private}.
     */
    public static View neverCache(View view) {
        return request -> {
            HttpResponse response = view.handle(request);
            CacheHeaders.addNeverCacheHeaders(response);
            return response;
        };
    }

    /**
     * Django's {@code cache_control(**kwargs)}: patches {@code Cache-Control} of the view's
     * responses with directives written as in the header ({@code "public"}, {@code "max-age=60"}).
     */
    public static View cacheControl(View view, String... directives) {
        var map = CacheHeaders.directiveMap(directives);
        return request -> {
            HttpResponse response = view.handle(request);
            CacheHeaders.patchCacheControl(response, map);
            return response;
        };
    }

    /** Django's {@code vary_on_headers}: adds the names to the responses' {@code Vary}. */
    public static View varyOnHeaders(View view, String... headers) {
        return request -> {
            HttpResponse response = view.handle(request);
            CacheHeaders.patchVaryHeaders(response, headers);
            return response;
        };
    }

    /** Django's {@code vary_on_cookie}: {@code Vary: Cookie}. */
    public static View varyOnCookie(View view) {
        return varyOnHeaders(view, "Cookie");
    }
}
