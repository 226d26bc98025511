package dev.quintet.middleware;

import static dev.quintet.middleware.Site.body;
import static dev.quintet.middleware.Site.headers;
import static dev.quintet.middleware.Site.pick;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionalGetMiddlewareTest {
    /** md5("hello") */
    static final String ETAG = "\"5d41402abc4b2a76b9719d911017c592\"";
    static final String MODIFIED = "Sat, 01 Jan 2022 00:00:00 GMT";

    private static final Site SITE = new Site(Settings.builder().middleware(ConditionalGetMiddleware::new)
            .rootUrlconf(urlpatterns(
                    path("hello/", request -> {
                        HttpResponse r = new HttpResponse("hello");
                        r.setHeader("Cache-Control", "max-age=60");
                        r.setHeader("Vary", "Cookie");
                        r.setCookie("seen", "1");
                        return r;
                    }),
                    path("dated/", request -> {
                        HttpResponse r = new HttpResponse("dated");
                        r.setHeader("Last-Modified", MODIFIED);
                        return r;
                    }),
                    path("private/", request -> {
                        HttpResponse r = new HttpResponse("secret");
                        r.setHeader("Cache-Control", "private, no-store");
                        return r;
                    }),
                    path("gone/", request -> new HttpResponse("gone", "text/plain", 404)))).build());

    @Test
    void theReplacedResponseIsClosed() {
        boolean[] closed = new boolean[1];
        Site site = new Site(Settings.builder().middleware(ConditionalGetMiddleware::new).rootUrlconf(urlpatterns(
                path("file/", request -> {
                    HttpResponse r = new HttpResponse("file body");
                    r.addResourceCloser(() -> closed[0] = true);
                    return r;
                }))).build());
        HttpResponse first = site.send("GET /file/");
        assertThat(closed[0]).isFalse();
        site.send("GET /file/", "If-None-Match", first.header("ETag"));
        assertThat(closed[0]).isTrue();
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("ETag is the quoted MD5 of the body", "GET /hello/", new String[0], 200, headers("ETag", ETAG)),
                arguments("If-None-Match hit gives 304 keeping cache headers", "GET /hello/",
                        new String[] {"If-None-Match", ETAG}, 304,
                        headers("ETag", ETAG, "Cache-Control", "max-age=60", "Vary", "Cookie", "Content-Type", null)),
                arguments("weak comparison for If-None-Match", "GET /hello/", new String[] {"If-None-Match", "W/" + ETAG},
                        304, headers()),
                arguments("If-None-Match among several", "GET /hello/",
                        new String[] {"If-None-Match", "\"other\", " + ETAG}, 304, headers()),
                arguments("If-None-Match *", "GET /hello/", new String[] {"If-None-Match", "*"}, 304, headers()),
                arguments("If-None-Match miss", "GET /hello/", new String[] {"If-None-Match", "\"other\""}, 200,
                        headers("ETag", ETAG)),
                arguments("If-Match miss gives 412", "GET /hello/", new String[] {"If-Match", "\"other\""}, 412, headers()),
                arguments("If-Match hit", "GET /hello/", new String[] {"If-Match", ETAG}, 200, headers()),
                arguments("If-Match *", "GET /hello/", new String[] {"If-Match", "*"}, 200, headers()),
                arguments("If-Modified-Since at the change gives 304", "GET /dated/",
                        new String[] {"If-Modified-Since", "Sat, 01 Jan 2022 00:00:00 GMT"}, 304,
                        headers("Last-Modified", MODIFIED)),
                arguments("If-Modified-Since before the change", "GET /dated/",
                        new String[] {"If-Modified-Since", "Fri, 31 Dec 2021 23:59:59 GMT"}, 200, headers()),
                arguments("If-Modified-Since in RFC 850 format", "GET /dated/",
                        new String[] {"If-Modified-Since", "Sunday, 02-Jan-22 00:00:00 GMT"}, 304, headers()),
                arguments("If-Modified-Since in asctime format", "GET /dated/",
                        new String[] {"If-Modified-Since", "Sun Jan  2 00:00:00 2022"}, 304, headers()),
                arguments("If-Modified-Since after the change, but the ETag differs", "GET /dated/",
                        new String[] {"If-Modified-Since", "Sun, 02 Jan 2022 00:00:00 GMT", "If-None-Match", "\"x\""}, 200,
                        headers()),
                arguments("If-Unmodified-Since before the change gives 412", "GET /dated/",
                        new String[] {"If-Unmodified-Since", "Fri, 31 Dec 2021 00:00:00 GMT"}, 412, headers()),
                arguments("no ETag for no-store", "GET /private/", new String[0], 200, headers("ETag", null)),
                arguments("no ETag for POST", "POST /hello/", new String[0], 200, headers("ETag", null)),
                arguments("no 304 for errors", "GET /gone/", new String[] {"If-None-Match", "*"}, 404, headers()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void conditionalGet(String name, String requestLine, String[] requestHeaders, int status,
                        Map<String, String> expected) {
        HttpResponse response = SITE.send(requestLine, requestHeaders);
        assertThat(response.status()).isEqualTo(status);
        assertThat(pick(response, expected)).isEqualTo(expected);
        if (status == 304 || status == 412) {
            assertThat(body(response)).isEmpty();
        }
        if (status == 304 && requestLine.equals("GET /hello/")) {
            assertThat(response.cookies()).containsKey("seen");
        }
    }
}
