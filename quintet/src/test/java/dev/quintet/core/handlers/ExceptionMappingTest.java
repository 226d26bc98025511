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
import dev.quintet.http.PermissionDenied;
import dev.quintet.http.SuspiciousOperation;
import dev.quintet.http.View;
import dev.quintet.urls.UrlConf;
import java.io.IOException;
import java.io.Serial;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExceptionMappingTest {
    static final String NOT_FOUND = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n"
            + "<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";
    static final String FORBIDDEN = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>403 Forbidden</title>\n"
            + "</head>\n<body>\n  <h1>403 Forbidden</h1><p></p>\n</body>\n</html>\n";
    static final String BAD_REQUEST = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Bad Request (400)</title>\n"
            + "</head>\n<body>\n  <h1>Bad Request (400)</h1><p></p>\n</body>\n</html>\n";
    static final String SERVER_ERROR = "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n"
            + "</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n";

    /** A SuspiciousOperation subclass, as DisallowedHost. */
    static final class DisallowedHostLike extends SuspiciousOperation {
        @Serial
        private static final long serialVersionUID = 1L;

        DisallowedHostLike(String message) {
            super(message);
        }
    }

    private static Fixture raising(Exception exception, UrlConf.Builder urls) {
        return new Fixture(Settings.builder().rootUrlconf(urls.patterns(urlpatterns(path("raise/", request -> {
            throw exception;
        }, "raise")))
                .build()).build());
    }

    static Stream<Arguments> defaultPages() {
        return Stream.of(
                arguments("Http404", new Http404("gone"), 404, NOT_FOUND),
                arguments("PermissionDenied", new PermissionDenied("no"), 403, FORBIDDEN),
                arguments("BadRequest", new BadRequest("malformed"), 400, BAD_REQUEST),
                arguments("SuspiciousOperation", new SuspiciousOperation("tampered"), 400, BAD_REQUEST),
                arguments("SuspiciousOperation subclass", new DisallowedHostLike("Invalid HTTP_HOST header"), 400,
                        BAD_REQUEST),
                arguments("RuntimeException", new IllegalStateException("secret detail"), 500, SERVER_ERROR),
                arguments("checked exception", new IOException("disk on fire"), 500, SERVER_ERROR));
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @MethodSource
    void defaultPages(String name, Exception exception, int status, String page) {
        HttpResponse response = raising(exception, UrlConf.builder()).get("/raise/");
        assertThat(response.status()).isEqualTo(status);
        assertThat(body(response)).isEqualTo(page);
        assertThat(response.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
    }

    @Test
    void unresolvedPathIsA404WithTheDefaultPage() {
        HttpResponse response = raising(new Http404("x"), UrlConf.builder()).get("/nowhere/");
        assertThat(response.status()).isEqualTo(404);
        assertThat(body(response)).isEqualTo(NOT_FOUND);
    }

    static Stream<Arguments> customHandlers() {
        return Stream.of(
                arguments("handler404", new Http404("gone"), 404),
                arguments("handler403", new PermissionDenied("no"), 403),
                arguments("handler400", new BadRequest("bad"), 400),
                arguments("handler400 for suspicious", new SuspiciousOperation("sus"), 400),
                arguments("handler500", new IllegalStateException("boom"), 500));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource
    void customHandlers(String name, Exception exception, int status) {
        UrlConf.Builder routing = UrlConf.builder();
        routing.handler400(custom(400)).handler403(custom(403)).handler404(custom(404)).handler500(custom(500));
        HttpResponse response = raising(exception, routing).get("/raise/");
        assertThat(response.status()).isEqualTo(status);
        assertThat(body(response)).isEqualTo("custom " + status + " for " + exception.getMessage());
    }

    private static View custom(int code) {
        return request -> new HttpResponse("custom " + code + " for "
                + ((Exception) request.attribute(UrlConf.EXCEPTION_ATTRIBUTE)).getMessage(), "text/plain", code);
    }

    @Test
    void aRaisingCustomHandlerFallsBackToHandler500() {
        UrlConf.Builder routing = UrlConf.builder()
                .handler404(request -> {
                    throw new IllegalStateException("handler404 broke");
                })
                .handler500(request -> new HttpResponse("custom 500", "text/plain", 500));
        HttpResponse response = raising(new Http404("gone"), routing).get("/raise/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).isEqualTo("custom 500");
    }

    @Test
    void aRaisingHandler500FallsBackToTheDefaultPage() {
        UrlConf.Builder routing = UrlConf.builder()
                .handler404(request -> {
                    throw new IllegalStateException("handler404 broke");
                })
                .handler500(request -> {
                    throw new IllegalStateException("handler500 broke too");
                });
        HttpResponse response = raising(new Http404("gone"), routing).get("/raise/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).isEqualTo(SERVER_ERROR);
    }

    @Test
    void aHandlerReturningNullFallsBackToTheDefault500() {
        UrlConf.Builder routing = UrlConf.builder().handler403(request -> null);
        HttpResponse response = raising(new PermissionDenied("no"), routing).get("/raise/");
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).isEqualTo(SERVER_ERROR);
    }

    @Test
    void aViewReturningNullIsA500NamingTheView() {
        Fixture f = new Fixture(Settings.builder().debug(true)
                .rootUrlconf(urlpatterns(path("null/", request -> null, "nothing"))).build());
        HttpResponse response = f.get("/null/", "Accept", "text/plain");
        assertThat(response.status()).isEqualTo(500);
        assertThat(body(response)).contains("The view 'nothing' (route 'null/') didn't return an HttpResponse object. "
                + "It returned None instead.");
    }
}
