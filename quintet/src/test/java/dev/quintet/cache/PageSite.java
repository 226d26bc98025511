package dev.quintet.cache;

import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.View;
import dev.quintet.middleware.Middleware;
import dev.quintet.urls.UrlPattern;
import dev.quintet.urls.Urls;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny site for the page-cache tests: views by path, counting their calls, behind a real handler. */
final class PageSite {
    final Map<String, View> views = new LinkedHashMap<>();
    final AtomicInteger calls = new AtomicInteger();
    private BaseHandler handler;
    private Settings settings;

    /** Routes {@code path} to {@code view}, counted. */
    PageSite view(String path, View view) {
        views.put(path, request -> {
            calls.incrementAndGet();
            return view.handle(request);
        });
        return this;
    }

    /** Builds the handler with {@code middleware}, outermost first. */
    PageSite middleware(Middleware... middleware) {
        Middleware.Factory[] factories = new Middleware.Factory[middleware.length];
        for (int i = 0; i < middleware.length; i++) {
            Middleware m = middleware[i];
            factories[i] = s -> m;
        }
        List<UrlPattern> patterns = new ArrayList<>();
        views.forEach((path, view) -> patterns.add(Urls.path(path.substring(1), view)));
        settings = Settings.builder().allowedHosts("testserver").middleware(factories).rootUrlconf(patterns).build();
        handler = new BaseHandler(settings);
        return this;
    }

    /** Sends a request with header name/value pairs. */
    HttpResponse send(String method, String pathAndQuery, String... headers) {
        int q = pathAndQuery.indexOf('?');
        HttpRequest.Builder b = HttpRequest.builder(settings.toRequestConfig()).method(method)
                .path(q < 0 ? pathAndQuery : pathAndQuery.substring(0, q))
                .queryString(q < 0 ? "" : pathAndQuery.substring(q + 1))
                .header("Host", "testserver").server("testserver", 80);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return handler.handle(b.build());
    }

    HttpResponse get(String path, String... headers) {
        return send("GET", path, headers);
    }

    static String text(HttpResponse response) {
        return new String(response.content(), StandardCharsets.UTF_8);
    }
}
