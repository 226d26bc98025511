package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.StreamingHttpResponse;
import dev.quintet.http.View;
import dev.quintet.utils.Headers;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The site cache through the real handler: UpdateCacheMiddleware first, FetchFromCacheMiddleware last. */
class CacheMiddlewareTest {
    private final Cache cache = new LocMemCache(CacheConfig.of(LocMemCache::new));

    private PageSite site(View view) {
        return new PageSite().view("/page/", view).middleware(
                new UpdateCacheMiddleware(cache, Duration.ofMinutes(10), "site"),
                new FetchFromCacheMiddleware(cache, "site"));
    }

    /** A view answering a body that changes each call, so a cached answer is recognisable. */
    private static View counting(java.util.function.Consumer<HttpResponse> patch) {
        int[] n = {0};
        return request -> {
            HttpResponse response = new HttpResponse("answer " + (++n[0]));
            patch.accept(response);
            return response;
        };
    }

    private record Scenario(String method, String path, String[] firstHeaders, String[] secondHeaders) {
    }

    /** How many times the view ran for two requests, and the second body. */
    static Stream<Arguments> cases() {
        String[] none = {};
        return Stream.of(
            Arguments.of("a GET is cached", counting(r -> { }), new Scenario("GET", "/page/", none, none), 1),
            Arguments.of("the query string is part of the key", counting(r -> { }),
                    new Scenario("GET", "/page/?a=1", none, none), 1),
            Arguments.of("a HEAD is served from the GET's entry", counting(r -> { }), new Scenario("HEAD", "/page/", none, none), 1),
            Arguments.of("POST is never cached", counting(r -> { }), new Scenario("POST", "/page/", none, none), 2),
            Arguments.of("same Vary header values share an entry", counting(r -> r.setHeader("Vary", "Accept-Language")),
                    new Scenario("GET", "/page/", new String[] {"Accept-Language", "fr"}, new String[] {"Accept-Language", "fr"}), 1),
            Arguments.of("different Vary header values do not", counting(r -> r.setHeader("Vary", "Accept-Language")),
                    new Scenario("GET", "/page/", new String[] {"Accept-Language", "fr"}, new String[] {"Accept-Language", "de"}), 2),
            Arguments.of("Cache-Control: private is not cached", counting(r -> r.setHeader("Cache-Control", "private")),
                    new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("no-store is not cached", counting(r -> r.setHeader("Cache-Control", "no-store")),
                    new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("no-cache is not cached", counting(r -> r.setHeader("Cache-Control", "no-cache")),
                    new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("max-age=0 is not cached", counting(r -> r.setHeader("Cache-Control", "max-age=0")),
                    new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("a 404 is not cached", counting(r -> r.setStatus(404)), new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("a cookie set for a cookie-less request varying on Cookie is not cached",
                    counting(r -> {
                        r.setCookie("session", "secret");
                        r.setHeader("Vary", "Cookie");
                    }), new Scenario("GET", "/page/", none, none), 2),
            Arguments.of("a cookie set for a request with cookies is cached",
                    counting(r -> r.setCookie("theme", "dark")),
                    new Scenario("GET", "/page/", new String[] {"Cookie", "a=b"}, new String[] {"Cookie", "a=b"}), 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void viewCalls(String name, View view, Scenario s, int expectedCalls) {
        PageSite site = site(view);
        HttpResponse first = site.send(s.method(), s.path(), s.firstHeaders());
        HttpResponse second = site.send(s.method().equals("HEAD") ? "GET" : s.method(), s.path(), s.secondHeaders());
        if (s.method().equals("HEAD")) {
            second = site.send("HEAD", s.path(), s.secondHeaders());
        }
        assertThat(site.calls.get()).as("view calls").isEqualTo(expectedCalls + (s.method().equals("HEAD") ? 1 : 0));
        if (expectedCalls == 1 && !s.method().equals("HEAD")) {
            assertThat(PageSite.text(second)).isEqualTo(PageSite.text(first));
        }
    }

    @Test
    void cachedResponsesCarryExpiresMaxAgeAndAge() {
        PageSite site = site(counting(r -> { }));
        HttpResponse first = site.get("/page/");
        HttpResponse second = site.get("/page/");
        assertThat(first.header("Cache-Control")).isEqualTo("max-age=600");
        assertThat(Headers.parseHttpDate(first.header("Expires")) - System.currentTimeMillis() / 1000).isBetween(590L, 601L);
        assertThat(List.of(second.header("Cache-Control"), second.header("Expires")))
                .containsExactly("max-age=600", first.header("Expires"));
        assertThat(Long.parseLong(second.header("Age"))).isBetween(0L, 3L); // seconds since it was stored
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
    }

    @Test
    void theResponseMaxAgeIsTheTimeout() {
        PageSite site = site(counting(r -> r.setHeader("Cache-Control", "max-age=30")));
        assertThat(site.get("/page/").header("Cache-Control")).isEqualTo("max-age=30");
    }

    @Test
    void cookiesAreReplayedFromTheCache() {
        PageSite site = site(counting(r -> r.setCookie("theme", "dark")));
        site.get("/page/", "Cookie", "a=b");
        HttpResponse cached = site.get("/page/", "Cookie", "a=b");
        assertThat(site.calls.get()).isEqualTo(1);
        assertThat(cached.cookies().get("theme").value()).isEqualTo("dark");
    }

    @Test
    void streamingResponsesAreNotCached() {
        PageSite site = site(request -> new StreamingHttpResponse(List.of("a", "b")));
        site.get("/page/");
        site.get("/page/");
        assertThat(site.calls.get()).isEqualTo(2);
    }

    @Test
    void aCachedPageExpires() throws InterruptedException {
        PageSite site = new PageSite().view("/page/", counting(r -> r.setHeader("Cache-Control", "max-age=1")))
                .middleware(new UpdateCacheMiddleware(cache, null, ""), new FetchFromCacheMiddleware(cache, ""));
        site.get("/page/");
        site.get("/page/");
        Thread.sleep(1100);
        site.get("/page/");
        assertThat(site.calls.get()).isEqualTo(2);
    }

    @Test
    void aDeadCacheServesEveryRequestFromTheView() {
        Cache dummy = new DummyCache(CacheConfig.of(DummyCache::new));
        PageSite site = new PageSite().view("/page/", counting(r -> { }))
                .middleware(new UpdateCacheMiddleware(dummy, null, ""), new FetchFromCacheMiddleware(dummy, ""));
        site.get("/page/");
        assertThat(PageSite.text(site.get("/page/"))).isEqualTo("answer 2");
    }
}
