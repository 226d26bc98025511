package dev.quintet.middleware;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class XFrameOptionsMiddlewareTest {

    private static Site site(boolean middleware, String setting) {
        Settings.Builder b = Settings.builder().xFrameOptions(setting).rootUrlconf(urlpatterns(
                path("plain/", request -> new HttpResponse("plain")),
                path("own/", request -> {
                    HttpResponse r = new HttpResponse("own");
                    r.setHeader("X-Frame-Options", "SAMEORIGIN");
                    return r;
                }),
                path("exempt/", XFrameOptions.exempt(request -> new HttpResponse("exempt"))),
                path("sameorigin/", XFrameOptions.sameOrigin(request -> new HttpResponse("s"))),
                path("deny/", XFrameOptions.deny(request -> new HttpResponse("d")))));
        if (middleware) {
            b.middleware(XFrameOptionsMiddleware::new);
        }
        return new Site(b.build());
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                arguments("DENY by default", true, "DENY", "/plain/", "DENY"),
                arguments("X_FRAME_OPTIONS = SAMEORIGIN", true, "sameorigin", "/plain/", "SAMEORIGIN"),
                arguments("the view's header wins", true, "DENY", "/own/", "SAMEORIGIN"),
                arguments("exempt view", true, "DENY", "/exempt/", null),
                arguments("sameOrigin decorator", true, "DENY", "/sameorigin/", "SAMEORIGIN"),
                arguments("deny decorator", true, "SAMEORIGIN", "/deny/", "DENY"),
                arguments("no middleware, no header", false, "DENY", "/plain/", null),
                arguments("deny decorator without the middleware", false, "DENY", "/deny/", "DENY"),
                arguments("exempt leaks nothing without the middleware", false, "DENY", "/exempt/", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void xFrameOptions(String name, boolean middleware, String setting, String path, String expected) {
        HttpResponse response = site(middleware, setting).send("GET " + path);
        assertThat(response.header("X-Frame-Options")).isEqualTo(expected);
        assertThat(response.headers().keySet()).noneMatch(h -> h.toLowerCase().contains("exempt"));
    }
}
