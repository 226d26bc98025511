package dev.quintet.core.handlers;

import static dev.quintet.core.handlers.Fixture.body;
import static dev.quintet.urls.Urls.path;
import static dev.quintet.urls.Urls.urlpatterns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.quintet.conf.Settings;
import dev.quintet.http.BadRequest;
import dev.quintet.http.Http404;
import dev.quintet.http.HttpResponse;
import dev.quintet.views.decorators.Debug;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TechnicalPagesTest {
    private static final String SECRET = "s3cr3t-key-that-must-never-show-up-on-a-page-0123456789";

    private static Fixture fixture(boolean debug) {
        Settings settings = Settings.builder().debug(debug).secretKey(SECRET).secretKeyFallbacks("old-key-hidden")
                .databaseUrl("postgres://app:dbpassword@db.local/site").allowedHosts("testserver")
                .rootUrlconf(urlpatterns(
                        path("", request -> new HttpResponse("home"), "home"),
                        path("posts/", request -> new HttpResponse("posts")),
                        path("missing/", request -> {
                            throw new Http404("No Post matches the given query.");
                        }, "missing"),
                        path("boom/", request -> {
                            throw new IllegalStateException("kaboom in the view");
                        }, "boom"),
                        path("login/", Debug.sensitivePostParameters(request -> {
                            throw new IllegalStateException("login failed");
                        }, "password"), "login"),
                        path("pay/", Debug.sensitivePostParameters(request -> {
                            throw new IllegalStateException("payment failed");
                        }), "pay"),
                        path("bad/", request -> {
                            throw new BadRequest("the form was malformed");
                        }, "bad")))
                .build();
        return new Fixture(settings);
    }

    static Stream<Arguments> technical404() {
        return Stream.of(
                arguments("HTML for browsers", "text/html,application/xhtml+xml", "text/html; charset=utf-8", List.of(
                        "<title>Page not found at /nope/</title>",
                        "<h1>Page not found <small>(404)</small></h1>",
                        "Using the URLconf defined in <code>ROOT_URLCONF</code>, Quintet tried these URL patterns, in this order:",
                        "<li><code> [name=&#x27;home&#x27;]</code></li>", "<li><code>posts/</code></li>",
                        "The current path, <code>nope/</code>, didn't match any of these.",
                        "You're seeing this error because you have <code>DEBUG = True</code>",
                        "<tr><th scope=\"row\">Request URL:</th><td>http://testserver/nope/</td></tr>")),
                arguments("HTML for */* (curl), as Django's request.accepts", "*/*", "text/html; charset=utf-8",
                        List.of("<h1>Page not found <small>(404)</small></h1>")),
                arguments("text for API clients", "application/json", "text/plain; charset=utf-8", List.of(
                        "Page not found (404)\n", "Request Method: GET\n",
                        "Using the URLconf defined in ROOT_URLCONF, Quintet tried these URL patterns, in this order:\n"
                                + "1.  [name='home']\n2. posts/\n3. missing/ [name='missing']\n",
                        "The current path, nope/, didn't match any of these.",
                        "You're seeing this error because you have DEBUG = True")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void technical404(String name, String accept, String contentType, List<String> fragments) {
        HttpResponse response = fixture(true).get("/nope/", "Accept", accept);
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).isEqualTo(contentType);
        assertThat(body(response)).contains(fragments);
    }

    @Test
    void technical404RaisedByAViewShowsTheReasonAndTheView() {
        String page = body(fixture(true).get("/missing/", "Accept", "text/plain"));
        assertThat(page).contains("No Post matches the given query.", "Raised by: 'missing' (route 'missing/')")
                .doesNotContain("tried these URL patterns");
    }

    static Stream<Arguments> technical500() {
        return Stream.of(
                arguments("HTML", "text/html", List.of(
                        "<title>java.lang.IllegalStateException at /boom/</title>",
                        "<pre class=\"exception_value\">kaboom in the view</pre>",
                        "<tr><th scope=\"row\">Exception Type:</th><td>java.lang.IllegalStateException</td></tr>",
                        "<tr><th scope=\"row\">Raised during:</th><td>&#x27;boom&#x27; (route &#x27;boom/&#x27;)</td></tr>",
                        "<h2>Traceback</h2>", "TechnicalPagesTest",
                        "<td>page</td><td class=\"code\"><pre>2</pre>",
                        "<td>HTTP_AUTHORIZATION</td><td class=\"code\"><pre>********************</pre>",
                        "<td>HTTP_X_API_KEY</td><td class=\"code\"><pre>********************</pre>",
                        "<td>HTTP_USER_AGENT</td><td class=\"code\"><pre>pytest-ish</pre>",
                        "<td>SECRET_KEY</td><td class=\"code\"><pre>********************</pre>",
                        "<td>SECRET_KEY_FALLBACKS</td><td class=\"code\"><pre>********************</pre>",
                        "postgres://app:********************@db.local/site",
                        "You're seeing this error because you have <code>DEBUG = True</code>")),
                arguments("text", "application/json", List.of(
                        "java.lang.IllegalStateException at /boom/\nkaboom in the view\n",
                        "Exception Type: java.lang.IllegalStateException\n", "Exception Value: kaboom in the view\n",
                        "Traceback:\njava.lang.IllegalStateException: kaboom in the view\n\tat ",
                        "GET:\npage = '2'\n", "HTTP_AUTHORIZATION = '********************'",
                        "SECRET_KEY = ********************\n", "DEBUG = true\n",
                        "display a standard page generated by the handler for this status code.")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void technical500(String name, String accept, List<String> fragments) {
        Fixture f = fixture(true);
        HttpResponse response = f.handler.handle(f.request("GET", "/boom/").queryString("page=2")
                .header("Accept", accept).header("Authorization", "Bearer t0ken-value")
                .header("X-Api-Key", "k3y-value").header("User-Agent", "pytest-ish").build());
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).contains(fragments)
                .doesNotContain(SECRET, "old-key-hidden", "dbpassword", "t0ken-value", "k3y-value");
    }

    @Test
    void technical500ShowsPostData() {
        Fixture f = fixture(true);
        HttpResponse response = f.handler.handle(f.request("POST", "/boom/").header("Accept", "text/plain")
                .header("Content-Type", "application/x-www-form-urlencoded").body("title=Hello&body=World".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).build());
        assertThat(body(response)).contains("POST:\ntitle = 'Hello'\nbody = 'World'\n", "FILES: No FILES data");
    }

    static Stream<Arguments> sensitivePostParameters() {
        return Stream.of(
                arguments("named fields", "/login/", "user = 'ann'\npassword = '********************'\n"),
                arguments("every field", "/pay/", "user = '********************'\npassword = '********************'\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void sensitivePostParameters(String name, String path, String shown) {
        Fixture f = fixture(true);
        HttpResponse response = f.handler.handle(f.request("POST", path).header("Accept", "text/plain")
                .header("Content-Type", "application/x-www-form-urlencoded").body("user=ann&password=hunter2".getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)).build());
        assertThat(body(response)).contains("POST:\n" + shown).doesNotContain("hunter2");
    }

    @Test
    void aSiteWithoutUrlPatternsIsGreetedInDebugAnd404Otherwise() {
        Fixture debug = new Fixture(Settings.builder().debug(true).build());
        Fixture production = new Fixture(Settings.builder().build());
        HttpResponse welcome = debug.get("/");
        assertThat(welcome.status()).isEqualTo(200);
        assertThat(body(welcome)).contains("The install worked successfully! Congratulations!");
        assertThat(production.get("/").status()).isEqualTo(404);
    }

    @Test
    void badRequestInDebugShowsTheTechnicalPageWithStatus400() {
        HttpResponse response = fixture(true).get("/bad/", "Accept", "text/plain");
        assertThat(response.status()).isEqualTo(400);
        assertThat(body(response)).startsWith("dev.quintet.http.BadRequest at /bad/\nthe form was malformed\n");
    }

    static Stream<Arguments> withoutDebug() {
        return Stream.of(arguments("/boom/", 500), arguments("/nope/", 404), arguments("/missing/", 404),
                arguments("/bad/", 400));
    }

    @ParameterizedTest(name = "{0} -> {1} without a trace")
    @MethodSource
    void withoutDebug(String path, int status) {
        HttpResponse response = fixture(false).get(path, "Accept", "text/plain");
        assertThat(response.status()).isEqualTo(status);
        assertThat(body(response)).startsWith("\n<!doctype html>")
                .doesNotContain("kaboom", "Traceback", "at dev.", "No Post matches", "DEBUG", "malformed");
    }
}
