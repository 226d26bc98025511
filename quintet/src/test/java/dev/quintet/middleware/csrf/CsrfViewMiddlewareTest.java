package dev.quintet.middleware.csrf;

import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quintet.conf.Settings;
import dev.quintet.contrib.sessions.SessionEngine;
import dev.quintet.contrib.sessions.SessionMiddleware;
import dev.quintet.contrib.sessions.SessionSettings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.middleware.CsrfViewMiddleware;
import dev.quintet.test.Client;
import dev.quintet.test.TestRequest;
import dev.quintet.test.TestResponse;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsrfViewMiddlewareTest {

    static HttpResponse form(HttpRequest request) {
        return new HttpResponse(Csrf.getToken(request));
    }

    static HttpResponse submit(HttpRequest request) {
        return new HttpResponse("ok");
    }

    static HttpResponse login(HttpRequest request) {
        Csrf.rotateToken(request);
        return new HttpResponse("rotated");
    }

    static Settings settings(boolean useSessions) {
        return Settings.builder().secretKey("k")
                .sessions(SessionSettings.DEFAULTS.withEngine(SessionEngine.signedCookies()))
                .csrf(CsrfSettings.DEFAULTS.withTrustedOrigins("https://*.example.com", "https://partner.org")
                        .withUseSessions(useSessions))
                .middleware(SessionMiddleware::new, CsrfViewMiddleware::new)
                .rootUrlconf(urlpatterns(
                        path("form/", CsrfViewMiddlewareTest::form),
                        path("submit/", CsrfViewMiddlewareTest::submit),
                        path("login/", CsrfViewMiddlewareTest::login),
                        path("exempt/", Csrf.exempt(CsrfViewMiddlewareTest::submit))))
                .build();
    }

    /** A POST scenario: what the client holds, then how the request is changed. */
    record Scenario(boolean keepCookie, BiConsumer<TestRequest, String> shape) {
    }

    static Scenario withField(BiConsumer<TestRequest, String> more) {
        return new Scenario(true, (r, token) -> {
            r.form(Map.of("csrfmiddlewaretoken", token));
            more.accept(r, token);
        });
    }

    static Stream<Arguments> cases() {
        BiConsumer<TestRequest, String> nothing = (r, t) -> { };
        String otherToken = Csrf.mask(Csrf.newSecret());
        return Stream.of(
                Arguments.of("token in the form", withField(nothing), 200, null),
                Arguments.of("bare secret in the form", new Scenario(true,
                        (r, t) -> r.form(Map.of("csrfmiddlewaretoken", Csrf.unmask(t)))), 200, null),
                Arguments.of("masked token of another render", new Scenario(true,
                        (r, t) -> r.form(Map.of("csrfmiddlewaretoken", Csrf.mask(Csrf.unmask(t))))), 200, null),
                Arguments.of("AJAX header", new Scenario(true, (r, t) -> r.header("X-CSRFToken", t)), 200, null),
                Arguments.of("no cookie", new Scenario(false,
                        (r, t) -> r.form(Map.of("csrfmiddlewaretoken", t))), 403, "CSRF cookie not set."),
                Arguments.of("no token", new Scenario(true, nothing), 403, "CSRF token missing."),
                Arguments.of("wrong token", new Scenario(true,
                        (r, t) -> r.form(Map.of("csrfmiddlewaretoken", otherToken))), 403, "CSRF token from POST incorrect."),
                Arguments.of("token of the wrong length", new Scenario(true,
                        (r, t) -> r.form(Map.of("csrfmiddlewaretoken", "abc"))), 403,
                        "CSRF token from POST has incorrect length."),
                Arguments.of("wrong AJAX header", new Scenario(true, (r, t) -> r.header("X-CSRFToken", otherToken)),
                        403, "CSRF token from the 'X-CSRFTOKEN' HTTP header incorrect."),
                Arguments.of("bad Origin", withField((r, t) -> r.header("Origin", "https://evil")), 403,
                        "Origin checking failed - https://evil does not match any trusted origins."),
                Arguments.of("own Origin", withField((r, t) -> r.header("Origin", "http://testserver")), 200, null),
                Arguments.of("trusted wildcard Origin", withField((r, t) -> r.header("Origin", "https://a.b.example.com")),
                        200, null),
                Arguments.of("trusted exact Origin", withField((r, t) -> r.header("Origin", "https://partner.org")), 200, null),
                Arguments.of("HTTPS without Referer", withField((r, t) -> r.secure(true)), 403,
                        "Referer checking failed - no Referer."),
                Arguments.of("HTTPS with a foreign Referer", withField((r, t) -> r.secure(true)
                        .header("Referer", "https://evil.com/page")), 403,
                        "Referer checking failed - https://evil.com/page does not match any trusted origins."),
                Arguments.of("HTTPS with an insecure Referer", withField((r, t) -> r.secure(true)
                        .header("Referer", "http://testserver/form/")), 403,
                        "Referer checking failed - Referer is insecure while host is secure."),
                Arguments.of("HTTPS with a malformed Referer", withField((r, t) -> r.secure(true)
                        .header("Referer", "https://")), 403, "Referer checking failed - Referer is malformed."),
                Arguments.of("HTTPS with its own Referer", withField((r, t) -> r.secure(true)
                        .header("Referer", "https://testserver/form/")), 200, null),
                Arguments.of("HTTPS with a trusted Referer", withField((r, t) -> r.secure(true)
                        .header("Referer", "https://shop.example.com/")), 200, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void postsAreCheckedAsDjangoChecksThem(String name, Scenario scenario, int status, String reason) {
        for (boolean useSessions : new boolean[] {false, true}) {
            Client client = new Client(settings(useSessions)).enforceCsrfChecks(true);
            String token = client.get("/form/").content();
            if (!scenario.keepCookie) {
                client.clearCookies();
            }
            TestRequest request = client.request("POST", "/submit/");
            scenario.shape.accept(request, token);
            TestResponse response = request.send();
            assertThat(response.status()).as("CSRF_USE_SESSIONS=" + useSessions).isEqualTo(status);
            if (reason != null) {
                assertThat(response.request().attribute(Csrf.REASON_ATTRIBUTE)).isEqualTo(reason);
                assertThat(response.content()).contains("CSRF verification failed. Request aborted.",
                        reason.replace("'", "&#x27;"));
            }
        }
    }

    @Test
    void exemptViewsAndTheDefaultTestClientSkipTheChecks() {
        assertThat(new Client(settings(false)).enforceCsrfChecks(true).post("/exempt/").status()).isEqualTo(200);
        assertThat(new Client(settings(false)).post("/submit/").status()).isEqualTo(200);
    }

    @Test
    void tokensAreMaskedAfreshEachRenderOverOneSecret() {
        Client client = new Client(settings(false)).enforceCsrfChecks(true);
        TestResponse first = client.get("/form/");
        String second = client.get("/form/").content();
        assertThat(first.content()).hasSize(64).isNotEqualTo(second).matches("[A-Za-z0-9]{64}");
        assertThat(Csrf.unmask(first.content())).isEqualTo(Csrf.unmask(second))
                .isEqualTo(client.cookies().get("csrftoken"));
        assertThat(first.header("Vary")).contains("Cookie");
        assertThat(first.cookies().get("csrftoken").maxAge()).isEqualTo(31_449_600L);
    }

    @Test
    void rotationInvalidatesEarlierTokens() {
        Client client = new Client(settings(false)).enforceCsrfChecks(true);
        String token = client.get("/form/").content();
        client.get("/login/");
        assertThat(client.post("/submit/", Map.of("csrfmiddlewaretoken", token)).status()).isEqualTo(403);
    }

    @Test
    void debugPageExplainsAndFailureViewReplacesThePage() {
        Settings debug = settings(false).toBuilder().debug(true).build();
        assertThat(new Client(debug).enforceCsrfChecks(true).post("/submit/").content())
                .contains("CSRF cookie not set.", "CSRF_FAILURE_VIEW", "X-CSRFToken");
        Settings custom = settings(false).toBuilder().csrf(CsrfSettings.DEFAULTS.withFailureView(
                r -> new HttpResponse("nope: " + r.attribute(Csrf.REASON_ATTRIBUTE), "text/plain", 403))).build();
        assertThat(new Client(custom).enforceCsrfChecks(true).post("/submit/").content())
                .isEqualTo("nope: CSRF cookie not set.");
    }

    @Test
    void protectAndEnsureCookieWorkWithoutTheMiddleware() {
        Settings bare = Settings.builder().secretKey("k").build();
        Settings site = bare.toBuilder().rootUrlconf(urlpatterns(
                path("cookie/", CsrfViewMiddleware.protect(bare, Csrf.ensureCookie(r -> new HttpResponse("page")))),
                path("guarded/", CsrfViewMiddleware.protect(bare, CsrfViewMiddlewareTest::submit)),
                path("open/", CsrfViewMiddlewareTest::submit))).build();
        Client client = new Client(site).enforceCsrfChecks(true);
        assertThat(client.post("/guarded/").status()).isEqualTo(403);
        assertThat(client.post("/open/").status()).isEqualTo(200);
        String secret = client.get("/cookie/").cookies().get("csrftoken").value();
        assertThat(secret).hasSize(32);
        assertThat(client.post("/guarded/", Map.of("csrfmiddlewaretoken", Csrf.mask(secret))).status()).isEqualTo(200);
    }

    @Test
    void maskAndUnmaskAreInverse() {
        String secret = Csrf.newSecret();
        assertThat(Csrf.unmask(Csrf.mask(secret))).isEqualTo(secret);
        assertThat(CsrfChecks.isSameDomain("a.example.com", ".example.com")).isTrue();
        assertThat(CsrfChecks.isSameDomain("badexample.com", ".example.com")).isFalse();
    }
}
