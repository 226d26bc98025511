package dev.quintet.cache;

import static dev.quintet.urls.Urls.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import dev.quintet.test.Client;
import dev.quintet.test.TestResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cache settings wired into a site, through the test client: {@code CACHES} and
 * {@code CACHE_MIDDLEWARE_*} in {@code Settings}, the page-cache middleware listed in
 * {@code MIDDLEWARE} by constructor reference, and {@code cachePage(seconds, view)} finding the
 * site's cache by itself.
 */
class CacheSettingsSiteTest {
    private final AtomicInteger calls = new AtomicInteger();

    private HttpResponse counted(String body, String... headers) {
        calls.incrementAndGet();
        HttpResponse response = new HttpResponse(body + " #" + calls.get());
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.setHeader(headers[i], headers[i + 1]);
        }
        return response;
    }

    private Client siteWide() {
        return new Client(Settings.builder()
                .secretKey("cache-settings-site-test-0123456789-abcdefghijklmnopqrstuvwxyz")
                .caches(CacheSettings.DEFAULTS.withMiddlewareSeconds(Duration.ofSeconds(60)).withMiddlewareKeyPrefix("site"))
                .middleware(UpdateCacheMiddleware::new, FetchFromCacheMiddleware::new)
                .rootUrlconf(List.of(
                        path("page/", r -> counted("page"), "page"),
                        path("private/", r -> counted("private", "Cache-Control", "private"), "private"),
                        path("no-store/", r -> counted("no-store", "Cache-Control", "no-store"), "no_store"),
                        path("by-language/", r -> counted("lang " + r.headers().get("Accept-Language"), "Vary", "Accept-Language"),
                                "by_language"),
                        path("by-cookie/", r -> counted("lang " + r.COOKIES().get("django_language"), "Vary", "Cookie"),
                                "by_cookie")))
                .build());
    }

    static Stream<Arguments> siteWideCases() {
        return Stream.of(
                // path, header pairs of the second request, view calls after two GETs
                Arguments.of("a page is served from the cache the second time", "/page/", new String[0], 1),
                Arguments.of("a private page is not cached", "/private/", new String[0], 2),
                Arguments.of("a no-store page is not cached", "/no-store/", new String[0], 2),
                Arguments.of("Vary: the same language is served from the cache", "/by-language/", new String[] {"Accept-Language", "fr"}, 1),
                Arguments.of("Vary: another language is a miss", "/by-language/", new String[] {"Accept-Language", "de"}, 2),
                Arguments.of("Vary: Cookie, the same language cookie is a hit", "/by-cookie/", new String[] {"Cookie", "django_language=fr"}, 1),
                Arguments.of("Vary: Cookie, another language cookie is a miss", "/by-cookie/", new String[] {"Cookie", "django_language=de"}, 2));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("siteWideCases")
    void siteWideCaching(String name, String path, String[] secondHeaders, int viewCalls) {
        Client client = siteWide();
        TestResponse first = client.request("GET", path).header("Accept-Language", "fr").header("Cookie", "django_language=fr").send();
        String[] next = secondHeaders.length > 0 ? secondHeaders : new String[] {"Accept-Language", "fr"};
        var second = client.request("GET", path).header("Accept-Language", "fr").header("Cookie", "django_language=fr");
        second.header(next[0], next[1]);
        TestResponse again = second.send();
        assertThat(calls.get()).isEqualTo(viewCalls);
        assertThat(first.status()).isEqualTo(200);
        if (viewCalls == 1) {
            assertThat(again.content()).isEqualTo(first.content());
            assertThat(again.header("Cache-Control")).isEqualTo("max-age=60");
        }
    }

    @Test
    void cachePageUsesTheSitesCacheAndExpires() throws InterruptedException {
        Client client = new Client(Settings.builder()
                .secretKey("cache-settings-site-test-0123456789-abcdefghijklmnopqrstuvwxyz")
                .rootUrlconf(List.of(path("stats/", CacheDecorators.cachePage(1, r -> counted("stats")), "stats")))
                .build());
        String first = client.get("/stats/").content();
        assertThat(client.get("/stats/").content()).isEqualTo(first);
        assertThat(calls.get()).isEqualTo(1);
        Thread.sleep(1_100);
        assertThat(client.get("/stats/").content()).isNotEqualTo(first);
        assertThat(calls.get()).isEqualTo(2);
    }

    @Test
    void oneRegistryPerSettings() {
        Settings settings = Settings.builder().secretKey("k".repeat(50)).build();
        assertThat(settings.cacheRegistry()).isSameAs(settings.cacheRegistry());
        assertThat(settings.cacheRegistry().cache()).isInstanceOf(LocMemCache.class);
    }
}
