package dev.quintet.middleware;

import static dev.quintet.middleware.Site.headers;
import static dev.quintet.middleware.Site.pick;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpResponse;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SecurityMiddlewareTest {

    private static Site site(UnaryOperator<Settings.Builder> settings) {
        return new Site(settings.apply(Settings.builder().middleware(SecurityMiddleware::new).rootUrlconf(urlpatterns(
                path("page/", request -> new HttpResponse("page")),
                path("health/", request -> new HttpResponse("ok")),
                path("own/", request -> {
                    HttpResponse r = new HttpResponse("own");
                    r.setHeader("X-Content-Type-Options", "custom");
                    r.setHeader("Referrer-Policy", "origin");
                    r.setHeader("Cross-Origin-Opener-Policy", "unsafe-none");
                    r.setHeader("Strict-Transport-Security", "max-age=1");
                    return r;
                })))).build());
    }

    static Stream<Arguments> cases() {
        UnaryOperator<Settings.Builder> defaults = b -> b;
        UnaryOperator<Settings.Builder> hsts = b -> b.secureHstsSeconds(3600);
        UnaryOperator<Settings.Builder> redirect = b -> b.secureSslRedirect(true);
        return Stream.of(
                arguments("defaults over HTTP", defaults, "GET /page/", false, new String[0], 200, headers(
                        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "same-origin",
                        "Cross-Origin-Opener-Policy", "same-origin", "Strict-Transport-Security", null)),
                arguments("HSTS over HTTPS", hsts, "GET /page/", true, new String[0], 200,
                        headers("Strict-Transport-Security", "max-age=3600")),
                arguments("HSTS with subdomains and preload",
                        (UnaryOperator<Settings.Builder>) b -> b.secureHstsSeconds(3600).secureHstsIncludeSubdomains(true)
                                .secureHstsPreload(true), "GET /page/", true, new String[0], 200,
                        headers("Strict-Transport-Security", "max-age=3600; includeSubDomains; preload")),
                arguments("no HSTS over plain HTTP", hsts, "GET /page/", false, new String[0], 200,
                        headers("Strict-Transport-Security", null)),
                arguments("HSTS behind a trusted proxy",
                        (UnaryOperator<Settings.Builder>) b -> b.secureHstsSeconds(60)
                                .secureProxySslHeader("X-Forwarded-Proto", "https"),
                        "GET /page/", false, new String[] {"X-Forwarded-Proto", "https"}, 200,
                        headers("Strict-Transport-Security", "max-age=60")),
                arguments("the view's own headers win", hsts, "GET /own/", true, new String[0], 200, headers(
                        "X-Content-Type-Options", "custom", "Referrer-Policy", "origin",
                        "Cross-Origin-Opener-Policy", "unsafe-none", "Strict-Transport-Security", "max-age=1")),
                arguments("several referrer policies",
                        (UnaryOperator<Settings.Builder>) b -> b.secureReferrerPolicy("no-referrer",
                                "strict-origin-when-cross-origin"), "GET /page/", false, new String[0], 200,
                        headers("Referrer-Policy", "no-referrer,strict-origin-when-cross-origin")),
                arguments("headers switched off",
                        (UnaryOperator<Settings.Builder>) b -> b.secureContentTypeNosniff(false).secureReferrerPolicy()
                                .secureCrossOriginOpenerPolicy(null), "GET /page/", false, new String[0], 200,
                        headers("X-Content-Type-Options", null, "Referrer-Policy", null, "Cross-Origin-Opener-Policy", null)),
                arguments("SSL redirect keeps path and query", redirect, "GET /page/?a=1&b=%C3%A9", false, new String[0], 301,
                        headers("Location", "https://testserver/page/?a=1&b=%C3%A9", "X-Content-Type-Options", "nosniff")),
                arguments("SSL redirect to SECURE_SSL_HOST",
                        (UnaryOperator<Settings.Builder>) b -> b.secureSslRedirect(true).secureSslHost("secure.example.com"),
                        "GET /page/", false, new String[0], 301, headers("Location", "https://secure.example.com/page/")),
                arguments("SSL redirect exempt path",
                        (UnaryOperator<Settings.Builder>) b -> b.secureSslRedirect(true).secureRedirectExempt("^health/$"),
                        "GET /health/", false, new String[0], 200, headers("Location", null)),
                arguments("no redirect over HTTPS", redirect, "GET /page/", true, new String[0], 200,
                        headers("Location", null)),
                arguments("no redirect behind a proxy saying HTTPS",
                        (UnaryOperator<Settings.Builder>) b -> b.secureSslRedirect(true)
                                .secureProxySslHeader("X-Forwarded-Proto", "https"),
                        "GET /page/", false, new String[] {"X-Forwarded-Proto", "https"}, 200, headers("Location", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void securityMiddleware(String name, UnaryOperator<Settings.Builder> settings, String requestLine, boolean https,
                            String[] requestHeaders, int status, Map<String, String> expected) {
        Site.Req req = site(settings).req(requestLine, requestHeaders);
        HttpResponse response = (https ? req.https() : req).send();
        assertThat(response.status()).isEqualTo(status);
        assertThat(pick(response, expected)).isEqualTo(expected);
    }
}
