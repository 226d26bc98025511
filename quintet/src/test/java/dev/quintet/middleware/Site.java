package dev.quintet.middleware;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A handler built from settings, and a compact way to send it one request: the middleware tests' client. */
final class Site {
    private final Settings settings;
    private final BaseHandler handler;

    /** A site for {@code settings}; as Django's test runner, allows {@code testserver} (and example.com) when no host is. */
    Site(Settings settings) {
        this.settings = settings.allowedHosts().isEmpty()
                ? settings.toBuilder().allowedHosts("testserver", ".example.com").build() : settings;
        this.handler = new BaseHandler(this.settings);
    }

    /** A request: {@code "GET /path?query"}, with headers as name/value pairs. */
    Req req(String requestLine, String... headers) {
        return new Req(requestLine, headers);
    }

    HttpResponse send(String requestLine, String... headers) {
        return req(requestLine, headers).send();
    }

    final class Req {
        private final HttpRequest.Builder builder;

        private Req(String requestLine, String[] headers) {
            String[] parts = requestLine.split(" ", 2);
            String target = parts[1];
            int q = target.indexOf('?');
            builder = HttpRequest.builder(settings.toRequestConfig()).method(parts[0])
                    .path(q < 0 ? target : target.substring(0, q)).queryString(q < 0 ? "" : target.substring(q + 1))
                    .server("testserver", 80);
            boolean host = false;
            for (int i = 0; i + 1 < headers.length; i += 2) {
                builder.header(headers[i], headers[i + 1]);
                host |= headers[i].equalsIgnoreCase("Host");
            }
            if (!host) {
                builder.header("Host", "testserver");
            }
        }

        Req https() {
            builder.scheme("https").server("testserver", 443);
            return this;
        }

        HttpResponse send() {
            return handler.handle(builder.build());
        }
    }

    static String body(HttpResponse response) {
        return new String(response.content(), StandardCharsets.UTF_8);
    }

    /** Name/value pairs as a map; a {@code null} value means "absent". */
    static Map<String, String> headers(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** The response's values of the named headers ({@code null} when absent), for comparison with {@link #headers}. */
    static Map<String, String> pick(HttpResponse response, Map<String, String> expected) {
        Map<String, String> actual = new LinkedHashMap<>();
        for (String name : expected.keySet()) {
            actual.put(name, response.header(name));
        }
        return actual;
    }
}
