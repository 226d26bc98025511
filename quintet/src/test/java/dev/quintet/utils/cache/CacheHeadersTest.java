package dev.quintet.utils.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.cache.Cache;
import dev.quintet.cache.CacheConfig;
import dev.quintet.cache.LocMemCache;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.RequestConfig;
import dev.quintet.utils.Headers;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Django's {@code utils/cache} tests: header patching and page keys. */
class CacheHeadersTest {

    private static HttpResponse withCacheControl(String value) {
        HttpResponse response = new HttpResponse();
        if (value != null) {
            response.setHeader("Cache-Control", value);
        }
        return response;
    }

    private static Map<String, Object> kw(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static Stream<Arguments> cacheControlCases() {
        return Stream.of(
            Arguments.of("private on nothing", null, kw("private", true), Set.of("private")),
            Arguments.of("private on empty", "", kw("private", true), Set.of("private")),
            Arguments.of("no_cache with a field", "", kw("no_cache", "Set-Cookie"), Set.of("no-cache=Set-Cookie")),
            Arguments.of("no-cache with a field", "", kw("no-cache", "Set-Cookie"), Set.of("no-cache=Set-Cookie")),
            Arguments.of("bare no-cache wins", "no-cache=Set-Cookie", kw("no_cache", true), Set.of("no-cache")),
            Arguments.of("bare no-cache wins over two", "no-cache=Set-Cookie,no-cache=Link", kw("no_cache", true), Set.of("no-cache")),
            Arguments.of("no-cache fields add up", "no-cache=Set-Cookie", kw("no_cache", "Link"), Set.of("no-cache=Set-Cookie", "no-cache=Link")),
            Arguments.of("three no-cache fields", "no-cache=Set-Cookie,no-cache=Link", kw("no_cache", "Custom"),
                    Set.of("no-cache=Set-Cookie", "no-cache=Link", "no-cache=Custom")),
            Arguments.of("private twice", "private", kw("private", true), Set.of("private")),
            Arguments.of("public replaces private", "private", kw("public", true), Set.of("public")),
            Arguments.of("public twice", "public", kw("public", true), Set.of("public")),
            Arguments.of("private replaces public", "public", kw("private", true), Set.of("private")),
            Arguments.of("public among others", "must-revalidate,max-age=60,private", kw("public", true),
                    Set.of("must-revalidate", "max-age=60", "public")),
            Arguments.of("private among others", "must-revalidate,max-age=60,public", kw("private", true),
                    Set.of("must-revalidate", "max-age=60", "private")),
            Arguments.of("public added", "must-revalidate,max-age=60", kw("public", true),
                    Set.of("must-revalidate", "max-age=60", "public")),
            Arguments.of("a lower max-age wins", "max-age=60", kw("max_age", 30), Set.of("max-age=30")),
            Arguments.of("a higher max-age loses", "max-age=30", kw("max_age", 60), Set.of("max-age=30")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cacheControlCases")
    void patchCacheControl(String name, String initial, Map<String, Object> directives, Set<String> expected) {
        HttpResponse response = withCacheControl(initial);
        CacheHeaders.patchCacheControl(response, directives);
        assertThat(Headers.splitCommaList(response.header("Cache-Control"))).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Arguments> maxAgeCases() {
        return Stream.of(
            Arguments.of("none", null, OptionalLong.empty()),
            Arguments.of("alone", "max-age=60", OptionalLong.of(60)),
            Arguments.of("among others", "public, max-age=3600, must-revalidate", OptionalLong.of(3600)),
            Arguments.of("not a number", "max-age=abc", OptionalLong.empty()),
            Arguments.of("without max-age", "no-cache", OptionalLong.empty()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("maxAgeCases")
    void getMaxAge(String name, String cacheControl, OptionalLong expected) {
        assertThat(CacheHeaders.getMaxAge(withCacheControl(cacheControl))).isEqualTo(expected);
    }

    @Test
    void patchResponseHeadersSetsExpiresAndMaxAge() {
        HttpResponse response = new HttpResponse();
        CacheHeaders.patchResponseHeaders(response, 600);
        long expires = Headers.parseHttpDate(response.header("Expires"));
        assertThat(expires - System.currentTimeMillis() / 1000).isBetween(590L, 601L);
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=600");
    }

    @Test
    void patchResponseHeadersKeepsAnExistingExpires() {
        HttpResponse response = new HttpResponse();
        response.setHeader("Expires", "Sun, 06 Nov 1994 08:49:37 GMT");
        CacheHeaders.patchResponseHeaders(response, -5);
        assertThat(List.of(response.header("Expires"), response.header("Cache-Control")))
                .containsExactly("Sun, 06 Nov 1994 08:49:37 GMT", "max-age=0");
    }

    @Test
    void neverCacheHeaders() {
        HttpResponse response = new HttpResponse();
        CacheHeaders.addNeverCacheHeaders(response);
        assertThat(response.header("Cache-Control")).isEqualTo("max-age=0, no-cache, no-store, must-revalidate, private");
        assertThat(Headers.parseHttpDate(response.header("Expires"))).isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(2L));
    }

    static Stream<Arguments> varyCases() {
        return Stream.of(
            Arguments.of(null, new String[] {"Accept-Encoding"}, "Accept-Encoding"),
            Arguments.of("Accept-Encoding", new String[] {"accept-encoding"}, "Accept-Encoding"),
            Arguments.of("Cookie", new String[] {"Accept-Encoding"}, "Cookie, Accept-Encoding"),
            Arguments.of("Cookie    ,     Accept-Encoding", new String[] {"Accept-Encoding", "cookie"}, "Cookie, Accept-Encoding"),
            Arguments.of("*", new String[] {"Accept-Language", "Cookie"}, "*"),
            Arguments.of("Accept-Language, Cookie", new String[] {"*"}, "*"));
    }

    @ParameterizedTest(name = "{0} + {1}")
    @MethodSource("varyCases")
    void patchVaryHeaders(String initial, String[] added, String expected) {
        HttpResponse response = new HttpResponse();
        if (initial != null) {
            response.setHeader("Vary", initial);
        }
        CacheHeaders.patchVaryHeaders(response, added);
        assertThat(response.header("Vary")).isEqualTo(expected);
    }

    // ---- page keys: the expected keys are Django's own test values ----------------------------

    private static HttpRequest request(String method, String query, String... headers) {
        HttpRequest.Builder b = HttpRequest.builder(RequestConfig.defaults(List.of("www.example.com")))
                .method(method).path("/cache/test/").queryString(query).header("Host", "www.example.com");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }

    private final Cache cache = new LocMemCache(CacheConfig.of(LocMemCache::new));

    static Stream<Arguments> keyCases() {
        return Stream.of(
            Arguments.of("settings prefix", "settingsprefix", "",
                    "views.decorators.cache.cache_page.settingsprefix.GET.18a03f9c9649f7d684af5db3524f5c99.d41d8cd98f00b204e9800998ecf8427e"),
            Arguments.of("local prefix", "localprefix", "",
                    "views.decorators.cache.cache_page.localprefix.GET.18a03f9c9649f7d684af5db3524f5c99.d41d8cd98f00b204e9800998ecf8427e"),
            Arguments.of("with a query", "settingsprefix", "test=1",
                    "views.decorators.cache.cache_page.settingsprefix.GET.beaf87a9a99ee81c673ea2d67ccbec2a.d41d8cd98f00b204e9800998ecf8427e"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("keyCases")
    void learnThenGetCacheKey(String name, String prefix, String query, String expected) {
        HttpRequest request = request("GET", query);
        assertThat(CacheHeaders.getCacheKey(request, prefix, "GET", cache)).isNull();
        String learnt = CacheHeaders.learnCacheKey(request, new HttpResponse(), Duration.ofMinutes(1), prefix, cache);
        assertThat(List.of(learnt, CacheHeaders.getCacheKey(request, prefix, "GET", cache))).containsOnly(expected);
    }

    @Test
    void learntVaryHeadersSelectTheKey() {
        HttpResponse response = new HttpResponse();
        response.setHeader("Vary", "Pony");
        CacheHeaders.learnCacheKey(request("HEAD", ""), response, Duration.ofMinutes(1), "settingsprefix", cache);
        // Django: a HEAD learns the header list; the GET key of a request without the header is the same
        assertThat(CacheHeaders.getCacheKey(request("GET", ""), "settingsprefix", "GET", cache)).isEqualTo(
                "views.decorators.cache.cache_page.settingsprefix.GET.18a03f9c9649f7d684af5db3524f5c99.d41d8cd98f00b204e9800998ecf8427e");
        assertThat(CacheHeaders.getCacheKey(request("GET", "", "Pony", "yes"), "settingsprefix", "GET", cache))
                .isNotEqualTo(CacheHeaders.getCacheKey(request("GET", "", "Pony", "no"), "settingsprefix", "GET", cache));
    }
}
