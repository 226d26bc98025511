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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CommonMiddlewareTest {

    private static Site site(UnaryOperator<Settings.Builder> settings) {
        return new Site(settings.apply(Settings.builder().middleware(CommonMiddleware::new).rootUrlconf(urlpatterns(
                path("about/", request -> new HttpResponse("about")),
                path("exact", request -> new HttpResponse("exact")),
                path("café/", request -> new HttpResponse("café")),
                path("api/items/", CommonMiddleware.noAppendSlash(request -> new HttpResponse("items")))))).build());
    }

    static Stream<Arguments> cases() {
        UnaryOperator<Settings.Builder> defaults = b -> b;
        UnaryOperator<Settings.Builder> www = b -> b.prependWww(true);
        return Stream.of(
                arguments("APPEND_SLASH redirects to the slashed path", defaults, "GET /about", new String[0], 301,
                        headers("Location", "/about/")),
                arguments("the query string is kept", defaults, "GET /about?x=1&y=2", new String[0], 301,
                        headers("Location", "/about/?x=1&y=2")),
                arguments("non-ASCII paths are percent-encoded", defaults, "GET /café", new String[0], 301,
                        headers("Location", "/caf%C3%A9/")),
                arguments("a path resolving without slash is served", defaults, "GET /exact", new String[0], 200,
                        headers("Location", null)),
                arguments("no redirect when the slashed path does not resolve either", defaults, "GET /missing",
                        new String[0], 404, headers("Location", null)),
                arguments("APPEND_SLASH off", (UnaryOperator<Settings.Builder>) b -> b.appendSlash(false), "GET /about",
                        new String[0], 404, headers("Location", null)),
                arguments("noAppendSlash view", defaults, "GET /api/items", new String[0], 404, headers("Location", null)),
                arguments("POST redirects too when not in DEBUG", defaults, "POST /about", new String[0], 301,
                        headers("Location", "/about/")),
                arguments("PREPEND_WWW", www, "GET /about/?q=1", new String[] {"Host", "example.com"}, 301,
                        headers("Location", "http://www.example.com/about/?q=1")),
                arguments("PREPEND_WWW and APPEND_SLASH together", www, "GET /about", new String[] {"Host", "example.com"},
                        301, headers("Location", "http://www.example.com/about/")),
                arguments("PREPEND_WWW leaves www hosts alone", www, "GET /about/",
                        new String[] {"Host", "www.example.com"}, 200, headers("Location", null)),
                arguments("disallowed user agent", (UnaryOperator<Settings.Builder>) b -> b.disallowedUserAgents("Bad ?Bot"),
                        "GET /about/", new String[] {"User-Agent", "Mozilla/5.0 (compatible; BadBot/2.1)"}, 403,
                        headers()),
                arguments("allowed user agent", (UnaryOperator<Settings.Builder>) b -> b.disallowedUserAgents("BadBot"),
                        "GET /about/", new String[] {"User-Agent", "Mozilla/5.0"}, 200, headers()),
                arguments("Content-Length is set", defaults, "GET /about/", new String[0], 200,
                        headers("Content-Length", "5")),
                arguments("a host outside ALLOWED_HOSTS is a 400", defaults, "GET /about/",
                        new String[] {"Host", "evil.test"}, 400, headers()),
                arguments("a leading double slash cannot name another host", defaults, "GET //evil.example.com",
                        new String[0], 404, headers("Location", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void commonMiddleware(String name, UnaryOperator<Settings.Builder> settings, String requestLine,
                          String[] requestHeaders, int status, Map<String, String> expected) {
        HttpResponse response = site(settings).send(requestLine, requestHeaders);
        assertThat(response.status()).isEqualTo(status);
        assertThat(pick(response, expected)).isEqualTo(expected);
    }

    @Test
    void postWithoutSlashInDebugExplainsInsteadOfLosingTheData() {
        HttpResponse response = site(b -> b.debug(true)).send("POST /about", "Accept", "text/plain");
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).contains("You called this URL via POST, but the URL doesn't end in a slash and you "
                + "have APPEND_SLASH set. Quintet can't redirect to the slash URL while maintaining POST data. Change "
                + "your form to point to testserver/about/ (note the trailing slash), or set APPEND_SLASH=False in your "
                + "Quintet settings.");
    }
}
