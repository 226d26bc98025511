package dev.quintet.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The view decorators, through the real handler. */
class CacheDecoratorsTest {
    private final Cache cache = new LocMemCache(CacheConfig.of(LocMemCache::new));

    private static View hello() {
        int[] n = {0};
        return request -> new HttpResponse("hello " + (++n[0]));
    }

    private static PageSite site(View view) {
        return new PageSite().view("/v/", view).middleware();
    }

    @Test
    void cachePageAnswersWithoutCallingTheView() {
        PageSite site = site(CacheDecorators.cachePage(cache, 60, hello()));
        HttpResponse first = site.get("/v/");
        HttpResponse second = site.get("/v/");
        assertThat(List.of(PageSite.text(first), PageSite.text(second), second.header("Cache-Control")))
                .containsExactly("hello 1", "hello 1", "max-age=60");
    }

    @Test
    void thePageTimeoutOverridesTheResponseMaxAge() {
        AtomicInteger calls = new AtomicInteger();
        View view = request -> {
            HttpResponse response = new HttpResponse("x" + calls.incrementAndGet());
            response.setHeader("Cache-Control", "max-age=0");
            return response;
        };
        PageSite site = site(CacheDecorators.cachePage(cache, 60, view));
        site.get("/v/");
        HttpResponse second = site.get("/v/");
        assertThat(List.of(calls.get(), second.header("Cache-Control"))).containsExactly(1, "max-age=0");
    }

    @Test
    void keyPrefixesSeparatePages() {
        View a = CacheDecorators.cachePage(cache, Duration.ofSeconds(60), "a", request -> new HttpResponse("A"));
        View b = CacheDecorators.cachePage(cache, Duration.ofSeconds(60), "b", request -> new HttpResponse("B"));
        PageSite site = new PageSite().view("/v/", a).middleware();
        site.get("/v/");
        PageSite other = new PageSite().view("/v/", b).middleware();
        assertThat(PageSite.text(other.get("/v/"))).isEqualTo("B");
    }

    static Stream<Arguments> headerCases() {
        return Stream.of(
            Arguments.of("neverCache", (UnaryOperator<View>) CacheDecorators::neverCache, "Cache-Control",
                    "max-age=0, no-cache, no-store, must-revalidate, private"),
            Arguments.of("cacheControl", (UnaryOperator<View>) v -> CacheDecorators.cacheControl(v, "public", "max_age=3600"),
                    "Cache-Control", "public, max-age=3600"),
            Arguments.of("varyOnCookie", (UnaryOperator<View>) CacheDecorators::varyOnCookie, "Vary", "Cookie"),
            Arguments.of("varyOnHeaders", (UnaryOperator<View>) v -> CacheDecorators.varyOnHeaders(v, "Accept-Language", "User-Agent"),
                    "Vary", "Accept-Language, User-Agent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerCases")
    void decoratorsPatchHeaders(String name, UnaryOperator<View> decorator, String header, String expected) {
        assertThat(site(decorator.apply(hello())).get("/v/").header(header)).isEqualTo(expected);
    }

    @Test
    void neverCacheSetsExpires() {
        assertThat(site(CacheDecorators.neverCache(hello())).get("/v/").hasHeader("Expires")).isTrue();
    }
}
