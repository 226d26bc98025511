package dev.quintet.benchmarks.tfb;

import static dev.quintet.urls.Urls.path;

import dev.quintet.cli.Quintet;
import dev.quintet.cli.Site;
import dev.quintet.conf.Settings;
import dev.quintet.core.handlers.BaseHandler;
import dev.quintet.http.HttpRequest;
import dev.quintet.http.HttpResponse;
import dev.quintet.http.JsonResponse;
import java.util.List;
import java.util.Map;

/**
 * The TechEmpower test types as a Quintet user writes them: routes, function views, the
 * standard handler, the embedded server. Serves on {@code $PORT} (default 8090).
 *
 * <pre>
 * benchmarks/tfb/build.sh && PORT=8090 benchmarks/tfb/start.sh
 * </pre>
 */
public final class TfbApp {
    private static final String HELLO = "Hello, World!";

    private TfbApp() {
    }

    static HttpResponse plaintext(HttpRequest request) {
        return new HttpResponse(HELLO, "text/plain", 200);
    }

    static HttpResponse json(HttpRequest request) {
        return new JsonResponse(Map.of("message", HELLO));
    }

    /** The site's settings: no middleware, as the Django peer runs ({@code MIDDLEWARE = []}). */
    static Settings settings() {
        return Settings.builder()
                .debug(false)
                .secretKey("tfb-benchmark-not-a-secret-0123456789abcdefghijklmnopqrstuvwxyz")
                .allowedHosts("127.0.0.1", "localhost")
                .rootUrlconf(List.of(
                        path("plaintext", TfbApp::plaintext, "plaintext"),
                        path("json", TfbApp::json, "json")))
                .build();
    }

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8090");
        Quintet.main(Site.of("tfb", settings(), s -> new BaseHandler(s)::handle), args.length > 0 ? args : new String[] {"runserver", "127.0.0.1:" + port});
    }
}
