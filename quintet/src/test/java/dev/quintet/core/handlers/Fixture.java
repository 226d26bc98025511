package dev.quintet.core.handlers;

import dev.quintet.conf.Settings;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;

/** Builds a handler and sends it requests in-process: a tiny test client. */
final class Fixture {
    final Settings settings;
    final BaseHandler handler;

    /** A fixture for {@code settings}; as Django's test runner, allows {@code testserver} when no host is. */
    Fixture(Settings settings) {
        this.settings = settings.allowedHosts().isEmpty()
                ? settings.toBuilder().allowedHosts("testserver").build() : settings;
        this.handler = new BaseHandler(this.settings);
    }

    HttpRequest.Builder request(String method, String path) {
        return HttpRequest.builder(settings.toRequestConfig()).method(method).path(path)
                .header("Host", "testserver").server("testserver", 80);
    }

    HttpResponse get(String path, String... headers) {
        HttpRequest.Builder b = request("GET", path);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return handler.handle(b.build());
    }

    static String body(HttpResponse response) {
        return new String(response.content(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
